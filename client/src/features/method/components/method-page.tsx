import { Link } from 'react-router';
import {
  NO_DATA_REASON_TEXTS,
  NoDataReasonSchema,
  ON_TRACK_RATIO,
  UNAVAILABLE_REASON_TEXTS,
  formatShare,
} from '@malbild/shared';
import { PeriodStatusLevels, YearStateLevels } from '../../../components/state-levels';
import { paths } from '../../../lib/paths';
import { strings } from '../strings';

// The reasons a period status cannot be given, in the order a controller supplies the facts.
const CANNOT = ['no_baseline', 'no_end_target', 'no_outcome_in_period'] as const;

/** The method in plain Swedish, from the same labels and threshold the rules use. */
export function MethodPage({ endYear }: { endYear: number | undefined }) {
  return (
    <article className="method">
      <h1>{strings.title}</h1>
      <p className="lead">{strings.intro}</p>

      <section aria-labelledby="method-year">
        <h2 id="method-year">{strings.yearHeading}</h2>
        <p>{strings.yearIntro}</p>
        <YearStateLevels />
        <h3>{strings.missingHeading}</h3>
        <p>{strings.missingIntro}</p>
        <ul>
          {NoDataReasonSchema.options.map((reason) => (
            <li key={reason}>{NO_DATA_REASON_TEXTS[reason]}.</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="method-period">
        <h2 id="method-period">{strings.periodHeading}</h2>
        <p>{strings.periodIntro(endYear === undefined ? 'periodens slutår' : String(endYear))}</p>
        <ol>
          {strings.periodSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{strings.levelsIntro}</p>
        <PeriodStatusLevels />
        <p>{strings.thresholdNote(formatShare(ON_TRACK_RATIO))}</p>
        <h3>{strings.cannotHeading}</h3>
        <ul>
          {CANNOT.map((reason) => (
            <li key={reason}>{UNAVAILABLE_REASON_TEXTS[reason]}.</li>
          ))}
        </ul>
        <h3>{strings.linearHeading}</h3>
        <p>{strings.linearText}</p>
      </section>

      <section aria-labelledby="method-other">
        <h2 id="method-other">{strings.otherHeading}</h2>
        <ul>
          {strings.otherItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>{strings.sourceText}</p>
      </section>
      <p>
        <Link to={paths.start()}>{strings.backToStart}</Link>
      </p>
    </article>
  );
}
