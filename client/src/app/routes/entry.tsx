import { RequireRole } from '../../features/auth/components/require-role';
import { EntryPage } from '../../features/entry/components/entry-page';
import type { HistoryRenderer } from '../../features/entry/components/history-dialog';
import { MeasureHistory } from '../../features/history/components/measure-history';
import { strings } from '../../features/entry/strings';

// The grid's history panel comes from the history feature; features do not import each other,
// so the page joins them here.
const renderHistory: HistoryRenderer = (measure, year) => (
  <MeasureHistory number={measure.number} format={measure} year={year} />
);

/** /inmatning?ar=YYYY – controllers' entry of a year's outcomes and targets. */
export default function EntryRoute() {
  return (
    <RequireRole permission="enterValues" purpose={strings.entryPurpose}>
      <EntryPage renderHistory={renderHistory} />
    </RequireRole>
  );
}
