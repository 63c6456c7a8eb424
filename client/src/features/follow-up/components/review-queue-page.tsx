import { Fragment } from 'react';
import { Link } from 'react-router';
import type { ReviewQueueItem } from '@malbild/shared';
import { DocumentLinks } from '../../../components/document-links';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useReviewQueue } from '../api/get-review-queue';
import type { StepTarget } from '../api/write-follow-up';
import { strings } from '../strings';
import { ReviewHistory } from './review-history';
import { ReviewStateBadge } from './review-state';
import { RichText } from './rich-text';
import { StepButtons } from './step-buttons';
import { YearLock } from './year-lock';

const targetOf = (item: ReviewQueueItem, period: number | undefined): StepTarget =>
  item.kind === 'analysis' || item.kind === 'judgement'
    ? { kind: item.kind, id: item.id }
    : { kind: item.kind, unit: item.unit ?? '', year: item.year, period };

/** /uppfoljning/granskning – what waits for a controller, to approve, send back or publish. */
export function ReviewQueuePage() {
  const period = useShownPeriodId();
  const queue = useReviewQueue(period);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{strings.queueTitle}</h1>
      </header>
      <p>{strings.queueIntro}</p>
      <QueryState query={queue} label={strings.queueLabel}>
        {(items) =>
          items.length === 0 ? (
            <p>{strings.queueEmpty}</p>
          ) : (
            <ul className="review-queue">
              {items.map((item) => (
                <li key={`${item.kind}-${item.id}`} className="card review-queue__item">
                  <h2 className="review-queue__title">{item.title}</h2>
                  <p>
                    {strings.stateLabel}: <ReviewStateBadge state={item.state} />
                  </p>
                  {item.content !== null &&
                    (item.kind === 'analysis' ? (
                      <RichText text={item.content} />
                    ) : (
                      <p>{item.content}</p>
                    ))}
                  {item.measureNumber !== null && (
                    <p>
                      <Link to={paths.measure(item.measureNumber, period)}>
                        {strings.openMeasure(item.measureNumber)}
                      </Link>
                    </p>
                  )}
                  <StepButtons
                    target={targetOf(item, period)}
                    state={item.state}
                    version={item.version}
                    isAuthor={false}
                  />
                  <ReviewHistory kind={item.kind} id={item.id} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {queue.data && queue.data.length > 0 && (
        <section aria-labelledby="draft-reports-heading">
          <h2 id="draft-reports-heading">{strings.draftReportsHeading}</h2>
          <p>{strings.draftReportsIntro}</p>
          {[...new Set(queue.data.map((item) => item.year))]
            .sort((a, b) => b - a)
            .map((year) => (
              <Fragment key={year}>
                <h3>{strings.draftReportTitle(year)}</h3>
                <DocumentLinks
                  path={`/api/reports/goal-fulfilment/${String(year)}`}
                  title={strings.draftReportTitle(year)}
                  periodId={period}
                  drafts
                />
              </Fragment>
            ))}
        </section>
      )}
      <YearLock period={period} />
    </div>
  );
}
