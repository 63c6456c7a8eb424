import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CopyForwardResultSchema, type CopyForward } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function copyForward(request: CopyForward) {
  return apiSend('POST', '/activities/copy-forward', request, CopyForwardResultSchema);
}

/** Starts a later year's plan from chosen activities of an earlier one. */
export function useCopyForward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyForward,
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
