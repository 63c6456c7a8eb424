import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  CONTROL_ASSESSMENT_LABELS,
  mayEditControlOf,
  type ControlUnitReport,
  type Unit,
} from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { parseIdParam, searchParamNames } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useControlYears, useUnitReport } from '../api/get-internal-control';
import { strings } from '../strings';
import { FollowUpForm } from './follow-up-form';
import '../internal-control.css';

/**
 * /intern-kontroll/uppfoljning?ar=YYYY&enhet=CODE – a unit's follow-up of the year's
 * kontrollpunkter: the common ones and its own, each with what was checked and found.
 */
export function FollowUpPage({ units }: { units: readonly Unit[] }) {
  useDocumentTitle(strings.followUpTitle);
  const session = useSession();
  const years = useControlYears();
  const [search, setSearch] = useSearchParams();
  const user = session.data?.user ?? null;
  const own = units.filter((u) => mayEditControlOf(user, u.code));
  const unit = own.find((u) => u.code === search.get(searchParamNames.unit)) ?? own[0];
  const change = (changes: { year?: number; unit?: string }) => {
    const next = new URLSearchParams(search);
    if (changes.year !== undefined) next.set(searchParamNames.year, String(changes.year));
    if (changes.unit !== undefined) next.set(searchParamNames.unit, changes.unit);
    setSearch(next);
  };
  return (
    <div className="page internal-control">
      <h1>{strings.followUpTitle}</h1>
      {unit === undefined ? (
        <p className="empty">{strings.noUnits}</p>
      ) : (
        <QueryState query={years} label={strings.label}>
          {(list) => {
            const year = parseIdParam(search.get(searchParamNames.year)) ?? list.at(-1)?.year;
            if (year === undefined) return <p className="empty">{strings.noYears}</p>;
            return (
              <>
                <form className="filters" onSubmit={(event) => event.preventDefault()}>
                  <div className="filters__grid">
                    <div className="field">
                      <label htmlFor="follow-up-year">{strings.year}</label>
                      <select
                        id="follow-up-year"
                        value={year}
                        onChange={(event) => change({ year: Number(event.target.value) })}
                      >
                        {list.map((y) => (
                          <option key={y.year} value={y.year}>
                            {y.year}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor="follow-up-unit">{strings.unit}</label>
                      <select
                        id="follow-up-unit"
                        value={unit.code}
                        onChange={(event) => change({ unit: event.target.value })}
                      >
                        {own.map((u) => (
                          <option key={u.code} value={u.code}>
                            {u.name} ({u.code})
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                </form>
                <h2>{strings.followUpHeading(`${unit.name} (${unit.code})`, year)}</h2>
                <UnitReport key={`${year}-${unit.code}`} year={year} unit={unit.code} />
              </>
            );
          }}
        </QueryState>
      )}
    </div>
  );
}

function UnitReport({ year, unit }: { year: number; unit: string }) {
  const report = useUnitReport(year, unit);
  return (
    <QueryState query={report} label={strings.reportLabel}>
      {(data) => <ReportRows report={data} />}
    </QueryState>
  );
}

function ReportRows({ report }: { report: ControlUnitReport }) {
  const [open, setOpen] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <p role="status" className="form-actions__status">
        {message}
      </p>
      {report.rows.map(({ controlPoint: point, common, followUp }) => {
        const headingId = `point-${point.id}`;
        return (
          <section key={point.id} className="follow-up-row" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {point.position}. {point.text}{' '}
              <span className="follow-up-row__kind">({common ? strings.common : strings.own})</span>
            </h3>
            <p>
              {strings.deadlines(
                point.deadlineFollowUp && formatDate(point.deadlineFollowUp),
                point.deadlineReport && formatDate(point.deadlineReport),
              )}
            </p>
            {followUp ? (
              <p>
                <strong>{CONTROL_ASSESSMENT_LABELS[followUp.assessment]}</strong>.{' '}
                {strings.savedBy(followUp.updatedBy, formatDateTime(followUp.updatedAt))}
              </p>
            ) : (
              <p>{strings.notYet}</p>
            )}
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={open === point.id}
              aria-controls={`form-${point.id}`}
              onClick={() => setOpen(open === point.id ? null : point.id)}
            >
              {open === point.id ? strings.close : followUp ? strings.change : strings.open}
              <span className="visually-hidden">: {point.text}</span>
            </button>
            {open === point.id && (
              <div id={`form-${point.id}`}>
                <FollowUpForm
                  controlPointId={point.id}
                  unit={report.unit}
                  followUp={followUp}
                  onDone={() => {
                    setOpen(null);
                    setMessage(strings.saved);
                  }}
                />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
