import { Link, useSearchParams } from 'react-router';
import { KONCERN, type Risk } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { parseIdParam, paths, searchParamNames } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  controlFileUrl,
  useControlPlans,
  useControlSummary,
  useControlYears,
  useRisks,
} from '../api/get-internal-control';
import { strings } from '../strings';
import { ControlPlans } from './control-plans';
import { ControlSummaryTable } from './control-summary';
import { RiskMatrix } from './risk-matrix';
import { RiskTable } from './risk-table';
import '../internal-control.css';

/** /intern-kontroll?ar=YYYY – the year's risk analyses, plans and the koncern's follow-up. */
export function InternalControlPage() {
  useDocumentTitle(strings.title);
  const years = useControlYears();
  const [search] = useSearchParams();
  const asked = parseIdParam(search.get(searchParamNames.year));
  return (
    <div className="page internal-control">
      <h1>{strings.title}</h1>
      <p className="lead">{strings.intro}</p>
      <QueryState query={years} label={strings.label}>
        {(list) => {
          const year = asked ?? list.at(-1)?.year;
          if (year === undefined) return <p className="empty">{strings.noYears}</p>;
          const published = list.find((y) => y.year === year)?.published ?? false;
          return (
            <>
              <nav aria-label={strings.chooseYear} className="year-links">
                <span>{strings.year}:</span>
                {list.map((y) => (
                  <Link
                    key={y.year}
                    to={paths.internalControl(y.year)}
                    aria-current={y.year === year ? 'page' : undefined}
                  >
                    {y.year}
                  </Link>
                ))}
              </nav>
              <p>{published ? strings.published : strings.notPublished}</p>
              <p>
                <Link to={paths.internalControlFollowUp(year)}>{strings.toFollowUp}</Link>
              </p>
              <YearContent year={year} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

const levelName = (unit: string | null) => unit ?? KONCERN;

function YearContent({ year }: { year: number }) {
  const risks = useRisks(year);
  const plans = useControlPlans(year);
  const summary = useControlSummary(year);
  return (
    <>
      <section aria-labelledby="risks-heading">
        <h2 id="risks-heading">{strings.risksHeading(year)}</h2>
        <QueryState query={risks} label={strings.label}>
          {(list) => <RiskLevels risks={list} />}
        </QueryState>
      </section>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">{strings.plansHeading(year)}</h2>
        <QueryState query={plans} label={strings.label}>
          {(list) => <ControlPlans plans={list} risks={risks.data ?? []} year={year} />}
        </QueryState>
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{strings.summaryHeading(year)}</h2>
        <QueryState query={summary} label={strings.label}>
          {(data) => <ControlSummaryTable summary={data} />}
        </QueryState>
      </section>
      <Downloads year={year} />
    </>
  );
}

function RiskLevels({ risks }: { risks: readonly Risk[] }) {
  if (risks.length === 0) return <p className="empty">{strings.noRisks}</p>;
  const levels = [...new Set(risks.map((r) => r.unit))];
  return levels.map((unit) => {
    const level = levelName(unit);
    const ofLevel = risks.filter((r) => r.unit === unit);
    return (
      <section key={level} aria-labelledby={`level-${level}`}>
        <h3 id={`level-${level}`}>{strings.levelHeading(level)}</h3>
        <p className="form-field__hint">{strings.matrixHint}</p>
        <RiskMatrix risks={ofLevel} level={level} />
        <RiskTable risks={ofLevel} level={level} />
      </section>
    );
  });
}

function Downloads({ year }: { year: number }) {
  const files = [
    ['risks', strings.fileRisks],
    ['plans', strings.filePlans],
    ['follow-ups', strings.fileFollowUps],
  ] as const;
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{strings.downloads}</h2>
      <ul className="download-links">
        {files.flatMap(([table, what]) =>
          (['xlsx', 'csv'] as const).map((format) => (
            <li key={`${table}-${format}`}>
              <a href={controlFileUrl(table, format, year)} download>
                {strings.fileLink(what, format.toUpperCase())}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
