import { useQuery } from '@tanstack/react-query';
import { ReviewQueueSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** What waits for a controller: submitted to approve, approved to publish. */
export function useReviewQueue(period?: number) {
  return useQuery({
    queryKey: queryKeys.signedIn.followUp.queue(period),
    queryFn: (context) => apiGet('/follow-up/queue', ReviewQueueSchema, { period }, context),
  });
}
