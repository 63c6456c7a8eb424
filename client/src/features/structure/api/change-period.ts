import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PeriodSchema, type PeriodChange } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';

export function changePeriod({ id, change }: { id: number; change: PeriodChange }) {
  return apiSend('PATCH', `/periods/${id}`, change, PeriodSchema);
}

/** A change of a period (its status: activating it changes the public's current period). */
export function useChangePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePeriod,
    // Everything public may now be another period's.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
