import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  ControlFollowUpSchema,
  type ControlFollowUp,
  type ControlFollowUpInputSchema,
} from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { conflictCurrent } from '../../../lib/versioned-form';

export type FollowUpInput = z.input<typeof ControlFollowUpInputSchema>;

export function saveFollowUp(controlPointId: number, unit: string, input: FollowUpInput) {
  return apiSend(
    'PUT',
    `/internal-control/follow-ups/${controlPointId}/${unit}`,
    input,
    ControlFollowUpSchema,
  );
}

/** Saves a unit's follow-up of a kontrollpunkt; the report and the summary are read again. */
export function useSaveFollowUp(controlPointId: number, unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FollowUpInput) => saveFollowUp(controlPointId, unit, input),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.internalControl.all() }),
  });
}

/** On 409, the follow-up someone else saved meanwhile. */
export const conflictingFollowUp = (error: unknown): ControlFollowUp | null =>
  conflictCurrent(error, ControlFollowUpSchema);
