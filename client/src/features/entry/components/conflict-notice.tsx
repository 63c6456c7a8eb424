import type { EntryRow, StoredOutcome, StoredTarget } from '@malbild/shared';
import { formatDateTime, formatValue } from '../../../lib/format';
import type { Kind } from '../grid/columns';
import type { CellOutcome } from '../grid/draft-state';
import { strings } from '../strings';

interface ConflictNoticeProps {
  id: string;
  kind: Kind;
  row: EntryRow;
  outcome: CellOutcome | undefined;
  /** Sends the user's value again, on top of the other writer's version. */
  onKeepMine: (version: number) => void;
  onTakeTheirs: () => void;
}

function describe(current: StoredOutcome | StoredTarget, row: EntryRow): string {
  const value =
    current.value === null ? strings.conflictNoValue : formatValue(current.value, row.measure);
  const status =
    'status' in current && current.status !== 'final'
      ? ` (${strings.statusLabels[current.status].toLowerCase()})`
      : '';
  return value + status;
}

/** Another controller saved the value after this user loaded it: show theirs and let them choose. */
export function ConflictNotice({
  id,
  kind,
  row,
  outcome,
  onKeepMine,
  onTakeTheirs,
}: ConflictNoticeProps) {
  const current = outcome?.result === 'conflict' ? (outcome.current ?? null) : null;
  const message = strings.conflictMessage(
    kind === 'outcome' ? strings.kindOutcome : strings.kindTarget,
    current ? describe(current, row) : strings.conflictNoValue,
    current?.updatedBy ?? strings.conflictUnknownUser,
    current ? formatDateTime(current.updatedAt) : '',
  );
  return (
    <div className="entry-conflict">
      <p id={id}>{message}</p>
      <div className="entry-conflict__actions">
        <button
          type="button"
          className="button button--small"
          aria-describedby={id}
          onClick={() => onKeepMine(current?.version ?? 0)}
        >
          {strings.keepMine}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby={id}
          onClick={onTakeTheirs}
        >
          {strings.takeTheirs}
        </button>
      </div>
    </div>
  );
}
