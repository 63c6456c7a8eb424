import { Link, useSearchParams } from 'react-router';
import { searchParamNames } from '../../../lib/paths';
import { strings } from '../strings';

interface YearPickerProps {
  years: readonly number[];
  selected: number;
}

/** Years as links rather than a select: each year has its own address and keeps back working. */
export function YearPicker({ years, selected }: YearPickerProps) {
  const [search] = useSearchParams();
  const hrefFor = (year: number) => {
    const next = new URLSearchParams(search);
    next.set(searchParamNames.year, String(year));
    return `?${next.toString()}`;
  };
  return (
    <nav className="year-picker" aria-label={strings.yearPickerLabel}>
      <span className="year-picker__intro" aria-hidden="true">
        {strings.yearPickerIntro}
      </span>
      <ul>
        {years.map((year) => (
          <li key={year}>
            <Link to={hrefFor(year)} aria-current={year === selected ? 'true' : undefined}>
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
