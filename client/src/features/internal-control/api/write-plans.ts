import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ControlPlanSchema,
  ControlPointSchema,
  RiskSchema,
  type ControlPlanCreate,
  type ControlPoint,
  type ControlPointChange,
  type ControlPointInput,
  type Risk,
} from '@malbild/shared';
import { z } from 'zod';
import type { RiskChangeSchema } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { removalPath } from '../../../lib/removal';
import { queryKeys } from '../../../lib/query-keys';
import { conflictCurrent } from '../../../lib/versioned-form';

// A year's intern kontroll written in the app: a plan started, its kontrollpunkter added,
// changed and removed, a risk changed and removed. Each invalidates the year's intern kontroll.

function useControlWrite<Input, Result>(write: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      // A new year's plan or risk also adds the year to the year links.
      await queryClient.invalidateQueries({ queryKey: queryKeys.internalControlYears() });
      await queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.internalControl.all() });
    },
  });
}

/** A new year's plan as a draft; a unit's starts with the year's common kontrollpunkter. */
export const useCreatePlan = () =>
  useControlWrite((plan: ControlPlanCreate) =>
    apiSend('POST', '/internal-control/plans', plan, ControlPlanSchema),
  );

/** A kontrollpunkt added last in a draft plan, or (with its id) changed at its version. */
export const useSaveControlPoint = (planId: number, pointId: number | null) =>
  useControlWrite((point: ControlPointInput | ControlPointChange) =>
    pointId === null
      ? apiSend(
          'POST',
          `/internal-control/plans/${planId}/control-points`,
          point,
          ControlPointSchema,
        )
      : apiSend('PATCH', `/internal-control/control-points/${pointId}`, point, ControlPointSchema),
  );

export const conflictingPoint = (error: unknown): ControlPoint | null =>
  conflictCurrent(error, ControlPointSchema);

/** A risk changed: every field sent, with the version it was based on. */
export const useChangeRisk = (riskId: number) =>
  useControlWrite((risk: z.input<typeof RiskChangeSchema>) =>
    apiSend('PATCH', `/internal-control/risks/${riskId}`, risk, RiskSchema),
  );

export const conflictingRisk = (error: unknown): Risk | null => conflictCurrent(error, RiskSchema);

/** What a removal sends: the version shown, and why (optional, kept in the history). */
export interface Removal {
  version: number;
  reason: string;
}

const removal = (path: string, { version, reason }: Removal) =>
  apiSend('DELETE', removalPath(`/internal-control/${path}`, version, reason), undefined, z.null());

/** A risk out of its analysis; refused while a kontrollpunkt comes from it. */
export const useRemoveRisk = (riskId: number) =>
  useControlWrite((input: Removal) => removal(`risks/${riskId}`, input));

/** A kontrollpunkt out of a draft plan (a common one out of every unit's too). */
export const useRemoveControlPoint = (pointId: number) =>
  useControlWrite((input: Removal) => removal(`control-points/${pointId}`, input));
