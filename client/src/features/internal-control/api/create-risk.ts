import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { RiskSchema, type RiskCreateSchema } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type NewRisk = z.input<typeof RiskCreateSchema>;

/** Adds a risk to a year's risk analysis at a level (null: the kommunkoncern's). */
export function useCreateRisk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (risk: NewRisk) => apiSend('POST', '/internal-control/risks', risk, RiskSchema),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.internalControl.all() }),
  });
}
