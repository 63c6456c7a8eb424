import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CopyForwardResultSchema, type CopyForward } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

/** In `period` (?period=), else the current one. */
export function copyForward(request: CopyForward, period?: number) {
  return apiSend('POST', '/activities/copy-forward', request, CopyForwardResultSchema, {
    period,
  });
}

/** Starts a later year's plan from chosen activities of an earlier one. */
export function useCopyForward(period: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CopyForward) => copyForward(request, period),
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
