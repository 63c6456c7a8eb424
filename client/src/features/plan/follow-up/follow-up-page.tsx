import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { followUpSummary, mayEditActivityOf } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePlan } from '../api/get-plan';
import { PlanSession } from '../components/plan-session';
import { strings } from '../strings';
import type { PlanOptions } from '../types';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import '../plan.css';
import { FollowUpGrid } from './follow-up-grid';

interface FollowUpPageProps extends Omit<PlanOptions, 'years'> {
  unit: string;
  year: number;
  /**
   * The follow-up's review (the follow-up feature's), joined in the route as on the plan page;
   * `readAt` changes whenever the activities are read again, e.g. after a save made it a draft.
   */
  renderReview?: (unit: string, year: number, readAt: number) => ReactNode;
}

/** /plan/SOU/2024/uppfoljning – every activity of a unit's year followed up in one view. */
export function FollowUpPage({ unit, year, measures, units, renderReview }: FollowUpPageProps) {
  const session = useSession();
  const plan = usePlan(year, unit, useShownPeriodId());
  const unitName = units.find((u) => u.code === unit)?.name ?? unit;
  useDocumentTitle(`${strings.followUpPageHeading(year)} – ${unit}`);
  return (
    <div className="page plan-page">
      <h1 tabIndex={-1}>
        {strings.followUpPageHeading(year)}
        <span className="plan-page__unit">
          {unitName} ({unit})
        </span>
      </h1>
      <p className="lead">{strings.followUpPageIntro}</p>
      <p>
        <Link to={paths.planOf(unit, year)}>{strings.backToPlan(year)}</Link>
      </p>
      <QueryState query={session} label={strings.label}>
        {({ user }) => {
          const canEdit = mayEditActivityOf(user, [unit]);
          if (!canEdit) return <PlanSession user={user} canEdit={false} unitName={unitName} />;
          return (
            <QueryState query={plan} label={strings.label}>
              {(activities) =>
                activities.length === 0 ? (
                  <p className="empty">{strings.empty(year)}</p>
                ) : (
                  <>
                    {renderReview?.(unit, year, plan.dataUpdatedAt)}
                    <p className="plan-page__summary">{followUpSummary(activities)}</p>
                    <p className="hint">{strings.followUpKeys}</p>
                    <FollowUpGrid
                      // Saved rows come back from the server: the grid starts afresh per load.
                      activities={activities}
                      measures={measures}
                      caption={strings.followUpCaption(year, unit)}
                    />
                  </>
                )
              }
            </QueryState>
          );
        }}
      </QueryState>
    </div>
  );
}
