import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Link } from 'react-router';
import { may, type Period } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { getPeriodQueryOptions, getPeriodsQueryOptions } from '../../../lib/api/get-current-period';
import { parseIdParam, paths, searchParamNames } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useChangePeriod } from '../api/change-period';
import { strings } from '../strings';
import { TextField } from '../../../components/text-field';
import { PeriodCreateForm } from './period-create-form';
import { PeriodEditForm, ReopenForm } from './period-edit-form';
import { AddAreaForm, AddGoalForm, AddMeasureForm } from './structure-forms';
import { StructureHistory } from './structure-history';
import { StructureList } from './structure-list';
import './structure.css';

const STATUS_TEXT: Record<Period['status'], string> = {
  planning: 'Under planering',
  active: 'Aktiv',
  closed: 'Stängd',
};

/** What the page offers next: planned → active for anyone here, active → closed for admins. */
function nextStatus(period: Period, admin: boolean): 'active' | 'closed' | null {
  if (period.status === 'planning') return 'active';
  return period.status === 'active' && admin ? 'closed' : null;
}

/** /admin/perioder – create, copy, activate and close periods; add to a period's structure. */
export function PeriodsPage() {
  useDocumentTitle(strings.title);
  const [params, setParams] = useSearchParams();
  const selectedId = parseIdParam(params.get(searchParamNames.period));
  const periods = useQuery(getPeriodsQueryOptions());
  const [notice, setNotice] = useState('');

  return (
    <div className="page">
      <h1>{strings.title}</h1>
      <p>{strings.intro}</p>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <QueryState query={periods} label={strings.listLabel}>
        {(list) => (
          <>
            <PeriodTable periods={list} onNotice={setNotice} />
            <section aria-labelledby="create-period">
              <h2 id="create-period">{strings.createHeading}</h2>
              <PeriodCreateForm
                periods={list}
                onCreated={(period) => {
                  setNotice(strings.created(period.name));
                  setParams({ [searchParamNames.period]: String(period.id) });
                }}
              />
            </section>
          </>
        )}
      </QueryState>
      {selectedId !== undefined && <PeriodStructure periodId={selectedId} onNotice={setNotice} />}
    </div>
  );
}

function PeriodTable({
  periods,
  onNotice,
}: {
  periods: readonly Period[];
  onNotice: (message: string) => void;
}) {
  const change = useChangePeriod();
  const session = useSession();
  const admin = may(session.data?.user, 'administer');
  const setStatus = (period: Period, status: 'active' | 'closed') => {
    if (status === 'closed' && !window.confirm(strings.confirmClose(period.name))) return;
    change.mutate(
      { id: period.id, change: { status, version: period.version } },
      {
        onSuccess: (changed) =>
          onNotice(
            status === 'active' ? strings.activated(changed.name) : strings.closed(changed.name),
          ),
        onError: (error) => onNotice(error.message),
      },
    );
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={strings.listCaption}>
      <table className="structure-table">
        <caption className="visually-hidden">{strings.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columns.name}</th>
            <th scope="col">{strings.columns.years}</th>
            <th scope="col">{strings.columns.status}</th>
            <th scope="col">{strings.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.id}>
              <th scope="row">
                <Link to={paths.adminPeriods(period.id)} aria-label={strings.open(period.name)}>
                  {period.name}
                </Link>
              </th>
              <td>
                {period.startYear}–{period.endYear}
              </td>
              <td>{STATUS_TEXT[period.status]}</td>
              <td>
                {nextStatus(period, admin) && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={change.isPending}
                    onClick={() => setStatus(period, nextStatus(period, admin)!)}
                  >
                    {nextStatus(period, admin) === 'active'
                      ? strings.activate(period.name)
                      : strings.close(period.name)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PeriodStructure({
  periodId,
  onNotice,
}: {
  periodId: number;
  onNotice: (message: string) => void;
}) {
  const period = useQuery(getPeriodQueryOptions(periodId));
  const [reason, setReason] = useState('');
  return (
    <QueryState query={period} label={strings.structureLabel}>
      {(detail) => (
        <section aria-labelledby="structure-heading">
          <h2 id="structure-heading">{strings.structureHeading(detail.name)}</h2>
          <p>
            {strings.statusNow(STATUS_TEXT[detail.status])}
            {detail.status === 'planning' &&
              ` ${detail.public ? strings.shownAsProposal : strings.notPublic}`}
          </p>
          {detail.status === 'closed' ? (
            <ReopenForm period={detail} onNotice={onNotice} />
          ) : (
            <PeriodEditForm
              key={`${detail.id}-${detail.status}`}
              period={detail}
              onNotice={onNotice}
            />
          )}
          <h3>{strings.structureListHeading}</h3>
          {detail.status !== 'closed' && (
            <TextField
              id="structure-reason"
              label={strings.quickReason}
              hint={strings.quickReasonHint}
              value={reason}
              onChange={setReason}
              autoComplete="off"
            />
          )}
          <StructureList
            period={detail}
            reason={reason}
            onActed={() => setReason('')}
            onNotice={onNotice}
          />
          {detail.status !== 'closed' && (
            <div className="structure-forms">
              <AddAreaForm period={detail} onAdded={onNotice} />
              <AddGoalForm period={detail} onAdded={onNotice} />
              <AddMeasureForm period={detail} onAdded={onNotice} />
            </div>
          )}
          <StructureHistory period={detail} />
        </section>
      )}
    </QueryState>
  );
}
