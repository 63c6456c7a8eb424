import { useState } from 'react';
import { REVIEW_STATE_LABELS, type ReviewHistoryEntry, type ReviewKind } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { useReviewHistory } from '../api/get-review-history';
import { strings } from '../strings';

function Entry({ entry }: { entry: ReviewHistoryEntry }) {
  const { fromState, toState } = entry;
  return (
    <li>
      <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt)}</time>{' '}
      {entry.changedBy ?? strings.historyUnknownPerson}: {strings.historyActions[entry.action]}
      {fromState && toState && fromState !== toState && (
        <>
          {' '}
          ({strings.historyStates(REVIEW_STATE_LABELS[fromState], REVIEW_STATE_LABELS[toState])})
        </>
      )}
      {entry.comment && <> – {strings.historyComment(entry.comment)}</>}
    </li>
  );
}

/**
 * Who moved an item when, from which state to which, with the comment: folded until asked
 * for, then read (the queue lists many items).
 */
export function ReviewHistory({ kind, id }: { kind: ReviewKind; id: number }) {
  const [open, setOpen] = useState(false);
  const history = useReviewHistory(kind, id, open);
  return (
    <details
      className="review-history"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{strings.historySummary}</summary>
      {open && (
        <QueryState query={history} label={strings.historyLabel}>
          {(entries) =>
            entries.length === 0 ? (
              <p>{strings.historyEmpty}</p>
            ) : (
              <ol className="review-history__entries">
                {entries.map((entry, index) => (
                  <Entry key={`${entry.changedAt}-${String(index)}`} entry={entry} />
                ))}
              </ol>
            )
          }
        </QueryState>
      )}
    </details>
  );
}
