import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActivitySchema, type ActivityCreate } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function createActivity(activity: ActivityCreate) {
  return apiSend('POST', '/activities', activity, ActivitySchema);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
