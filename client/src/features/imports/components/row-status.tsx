import type { ImportRowStatus } from '@malbild/shared';
import { StatusIcon } from '../../../components/status-icon';
import { strings } from '../strings';

// Plus, pencil, equals, cross, dash.
const PATHS: Record<ImportRowStatus, string> = {
  new: 'M8 4.5v7M4.5 8h7',
  changed: 'M5 11l1-3 4-4 2 2-4 4z',
  unchanged: 'M5 6.5h6M5 9.5h6',
  invalid: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  skipped: 'M5 8h6',
};

export function RowStatus({ status }: { status: ImportRowStatus }) {
  return (
    <span className={`import-status import-status--${status}`}>
      <StatusIcon className="import-status__icon" disc="filled" stroke={PATHS[status]} />
      {strings.statusLabels[status]}
    </span>
  );
}
