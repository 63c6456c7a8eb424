import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  ControlPlanSchema,
  type ControlPlan,
  type ControlPlanDecisionSchema,
} from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { conflictCurrent } from '../../../lib/versioned-form';

export type PlanDecision = z.input<typeof ControlPlanDecisionSchema>;

/** draft → decided, with the decision's date and paragraph; the draft stays in the history. */
export function useDecidePlan(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: PlanDecision) =>
      apiSend('POST', `/internal-control/plans/${planId}/decision`, decision, ControlPlanSchema),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.internalControl.all() }),
  });
}

/** On 409, the plan as someone else saved it meanwhile. */
export const conflictingPlan = (error: unknown): ControlPlan | null =>
  conflictCurrent(error, ControlPlanSchema);
