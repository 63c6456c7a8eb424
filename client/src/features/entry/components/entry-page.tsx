import { useSearchParams } from 'react-router';
import { outcomeYears, yearProblem } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryState } from '../../../components/query-state';
import { parseIdParam, searchParamNames } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEntryPeriod } from '../api/get-entry-period';
import { useEntryYear } from '../api/get-entry-year';
import { strings } from '../strings';
import { EntryGrid } from './entry-grid';
import type { HistoryRenderer } from './history-dialog';
import { KeyboardHelp } from './keyboard-help';
import { YearLinks } from './year-links';
import '../entry.css';

/** Last year's outcomes are what controllers enter most of the year. */
function defaultYear(years: readonly number[]): number {
  const lastYear = new Date().getFullYear() - 1;
  return Math.min(Math.max(lastYear, years[0]!), years[years.length - 1]!);
}

/** /inmatning?ar=YYYY – a year's outcomes and targets for every measure, as one table. */
export function EntryPage({ renderHistory }: { renderHistory: HistoryRenderer }) {
  const [params] = useSearchParams();
  const period = useEntryPeriod();
  const requested = parseIdParam(params.get(searchParamNames.year));
  // The period's years and the baseline years before it (shared/period-years).
  const years = period.data ? outcomeYears(period.data) : [];
  const year = requested ?? (period.data ? defaultYear(years) : undefined);
  useDocumentTitle(year ? `${strings.entryTitle} ${year}` : strings.entryTitle);
  return (
    <div className="page page--entry">
      <h1>{year ? strings.entryHeading(year) : strings.entryTitle}</h1>
      <p>{strings.entryIntro}</p>
      <KeyboardHelp />
      <QueryState query={period} label={strings.entryLabel}>
        {(loaded) => {
          if (!year) return null;
          const outside = yearProblem(loaded, 'outcome', year);
          return (
            <>
              <p>{strings.entryPeriod(loaded.name)}</p>
              <YearLinks years={years} selected={year} />
              {outside ? (
                <ErrorAlert message={outside} />
              ) : (
                <EntryYear key={year} year={year} renderHistory={renderHistory} />
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function EntryYear({ year, renderHistory }: { year: number; renderHistory: HistoryRenderer }) {
  const entry = useEntryYear(year);
  const username = useSession().data?.user?.username ?? '';
  return (
    <QueryState query={entry} label={strings.entryLabel}>
      {({ rows }) => (
        <EntryGrid year={year} username={username} rows={rows} renderHistory={renderHistory} />
      )}
    </QueryState>
  );
}
