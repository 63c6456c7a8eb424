import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';

/** One link per year, so each year has its own address and back works. */
export function YearLinks({ years, selected }: { years: readonly number[]; selected: number }) {
  const period = useShownPeriodId();
  return (
    <nav className="year-picker entry-years" aria-label={strings.yearPickerLabel}>
      <span aria-hidden="true">{strings.yearPickerIntro}</span>
      <ul>
        {years.map((year) => (
          <li key={year}>
            <Link
              to={paths.entry(year, period)}
              aria-current={year === selected ? 'page' : undefined}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
