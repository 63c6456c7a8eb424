import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActivitySchema, type ActivityCreate } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

/** In `period` (?period=: its measure numbers and years), else the current one. */
export function createActivity(activity: ActivityCreate, period?: number) {
  return apiSend('POST', '/activities', activity, ActivitySchema, { period });
}

export function useCreateActivity(period: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: ActivityCreate) => createActivity(activity, period),
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
