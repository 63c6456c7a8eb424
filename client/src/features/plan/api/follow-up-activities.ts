import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActivitySchema, type FollowUpBatch } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function followUpActivities(batch: FollowUpBatch) {
  return apiSend('POST', '/activities/follow-ups', batch, ActivitySchema.array());
}

/** Follows up one or several activities in one write: all of them are saved, or none. */
export function useFollowUpActivities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followUpActivities,
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
