import { Link } from 'react-router';
import type { Period } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useCurrentPeriod, usePeriods } from '../api/get-current-period';
import { periodStatusText } from '../period-status';
import { strings } from '../strings';
import './period-switcher.css';

/**
 * Every period the visitor may see, as links (each has its own address, the current one none):
 * the switcher and the archive of earlier periods. Says so when the page shows another period.
 */
export function PeriodSwitcher({ shownId }: { shownId: number | undefined }) {
  const periods = usePeriods();
  const current = useCurrentPeriod({
    enabled: periods.data?.some((period) => period.status !== 'planning') === true,
  });
  return (
    <QueryState query={periods} label={strings.switcherLabel}>
      {(list) => <PeriodLinks list={list} currentId={current.data?.id} shownId={shownId} />}
    </QueryState>
  );
}

interface PeriodLinksProps {
  list: readonly Period[];
  /** Undefined while no period is active: then only proposals (and to some, planned ones) show. */
  currentId: number | undefined;
  shownId: number | undefined;
}

/** The periods as links, the shown one marked; also on the start page before any is active. */
export function PeriodLinks({ list, currentId, shownId }: PeriodLinksProps) {
  const shown = list.find((period) => period.id === (shownId ?? currentId));
  const other = shown !== undefined && shown.id !== currentId;
  return (
    <nav className="period-switcher" aria-labelledby="period-switcher-heading">
      {other && currentId !== undefined && (
        <p className="period-switcher__notice">
          {strings.showingOther(shown.name, periodStatusText(shown))}{' '}
          <Link to={paths.start()}>{strings.backToCurrent}</Link>
        </p>
      )}
      <h2 id="period-switcher-heading" className="period-switcher__heading">
        {strings.switcherHeading}
      </h2>
      <ul>
        {[...list].reverse().map((period) => (
          <li key={period.id}>
            <Link
              to={period.id === currentId ? paths.start() : paths.periodStart(period.id)}
              aria-current={period.id === shown?.id ? 'page' : undefined}
            >
              {period.name}
            </Link>{' '}
            <span className="period-switcher__status">
              ({period.id === currentId ? strings.current : periodStatusText(period)})
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
