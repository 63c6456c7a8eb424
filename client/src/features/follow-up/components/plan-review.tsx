import { useEffect, useId } from 'react';
import { may, mayEditActivityOf, type UnitReview } from '@malbild/shared';
import { useHydrated } from '../../../lib/use-hydrated';
import { useSession } from '../../../lib/session';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useFollowUp } from '../api/get-follow-up';
import { strings } from '../strings';
import { ReviewStateBadge } from './review-state';
import { StepButtons } from './step-buttons';

/**
 * A unit's plan for a year, or its follow-up (kind), in the review (decisions 017, 019): its
 * state in words and the steps this user may take: the unit's editors submit it, a controller
 * approves and publishes it.
 */
export function PlanReview({
  unit,
  year,
  planReadAt,
  kind = 'plan',
}: {
  unit: string;
  year: number;
  /** When the plan was last read: an edit of it changes the review's state and version. */
  planReadAt: number;
  kind?: UnitReview['kind'];
}) {
  const period = useShownPeriodId();
  const user = useSession().data?.user ?? null;
  const isAuthor = mayEditActivityOf(user, [unit]);
  const involved = isAuthor || may(user, 'reviewFollowUp');
  const enabled = useHydrated() && involved;
  const drafts = useFollowUp(enabled ? year : undefined, period, true);
  const headingId = useId();
  const { refetch } = drafts;
  useEffect(() => {
    if (enabled && planReadAt > 0) void refetch();
  }, [enabled, planReadAt, refetch]);
  if (!drafts.data) return null;
  const review = drafts.data.unitReviews.find((r) => r.unit === unit && r.kind === kind);
  const state = review?.state ?? 'draft';
  return (
    <section className="plan-review" aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.unitReviewHeading[kind]}</h2>
      <p>
        <ReviewStateBadge state={state} />
      </p>
      <p>{strings.unitReviewIntro[kind]}</p>
      <StepButtons
        target={{ kind, unit, year, period }}
        state={state}
        version={review?.version ?? 0}
        isAuthor={isAuthor}
      />
    </section>
  );
}
