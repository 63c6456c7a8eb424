import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ControlPublicationSchema } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** An admin publishes a year's plans and follow-up summary, or takes them back. */
export function usePublishYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { year: number; published: boolean }) =>
      apiSend('PUT', '/internal-control/publication', change, ControlPublicationSchema),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.internalControlYears() }),
  });
}
