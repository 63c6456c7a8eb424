import { RequireRole } from '../../features/auth/components/require-role';
import { ReviewQueuePage } from '../../features/follow-up/components/review-queue-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { strings } from '../strings';

/** /uppfoljning/granskning – the controller's queue of what waits for approval. */
export default function ReviewQueueRoute() {
  useDocumentTitle(strings.reviewQueueTitle);
  return (
    <RequireRole permission="reviewFollowUp" purpose={strings.reviewQueuePurpose}>
      <ReviewQueuePage />
    </RequireRole>
  );
}
