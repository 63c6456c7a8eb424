import { Link } from 'react-router';
import { PeriodStatusLevels, YearStateLevels } from '../../../components/state-levels';
import { paths } from '../../../lib/paths';
import { strings } from '../strings';

export function StatesExplained() {
  return (
    <details className="states-explained">
      <summary>{strings.statesExplained}</summary>
      <h3>{strings.yearStatesHeading}</h3>
      <YearStateLevels />
      <h3>{strings.periodStatesHeading}</h3>
      <PeriodStatusLevels />
      <p>
        <Link to={paths.method()}>{strings.methodLink}</Link>
      </p>
    </details>
  );
}
