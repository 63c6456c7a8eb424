import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DeadlineSchema, type DeadlineChange } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function saveDeadline(change: DeadlineChange, period?: number) {
  const search = period === undefined ? '' : `?period=${period}`;
  return apiSend('PUT', `/deadlines${search}`, change, DeadlineSchema);
}

/** A date of the calendar; the activities' "Ej uppföljd" and the completeness view follow it. */
export function useSaveDeadline(period?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: DeadlineChange) => saveDeadline(change, period),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.deadlines.all() }),
        invalidateActivities(queryClient),
        queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.completenessAll() }),
      ]);
    },
  });
}
