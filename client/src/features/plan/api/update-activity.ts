import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActivitySchema, type ActivityChange } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function updateActivity(id: number, change: ActivityChange) {
  return apiSend('PATCH', `/activities/${id}`, change, ActivitySchema);
}

/** Saves every field against the version edited; a stale version fails with 409 (see conflict.ts). */
export function useUpdateActivity(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ActivityChange) => updateActivity(id, change),
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
