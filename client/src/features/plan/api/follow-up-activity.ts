import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActivitySchema, type FollowUpInput } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function followUpActivity(id: number, followUp: FollowUpInput) {
  return apiSend('POST', `/activities/${id}/follow-ups`, followUp, ActivitySchema);
}

/** Reports the activity's status with a dated comment. */
export function useFollowUpActivity(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (followUp: FollowUpInput) => followUpActivity(id, followUp),
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
