import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ReviewHistoryEntrySchema, type ReviewKind } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every edit and step of one reviewed item, newest first; read once `enabled` (opened). */
export function useReviewHistory(kind: ReviewKind, id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.signedIn.followUp.history(kind, id),
    queryFn: (context) =>
      apiGet(`/follow-up/history/${kind}/${id}`, z.array(ReviewHistoryEntrySchema), {}, context),
    enabled,
  });
}
