import { useState, type SubmitEvent } from 'react';
import { may, type KoladaStatus } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryState } from '../../../components/query-state';
import { TextField } from '../../../components/text-field';
import { useKoladaGroupSearch } from '../../../lib/api/search-kolada';
import { apiFieldErrors } from '../../../lib/field-errors';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useChooseKoladaGroup, useKoladaStatus, useRefreshKolada } from '../api/kolada-comparison';
import { comparisonStrings as strings } from '../comparison-strings';

/** The comparison with the country and a group: its state, a refresh now, the group. */
export function KoladaComparison() {
  const status = useKoladaStatus();
  const user = useSession().data?.user;
  return (
    <section className="import-section" aria-labelledby="kolada-comparison-heading">
      <h2 id="kolada-comparison-heading">{strings.heading}</h2>
      <p>{strings.intro}</p>
      <QueryState query={status} label={strings.statusLabel}>
        {(current) => (
          <>
            <ComparisonState status={current} />
            <RefreshButton />
            {may(user, 'administer') && <GroupChoice status={current} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

function ComparisonState({ status }: { status: KoladaStatus }) {
  const when = (at: string | null) => (at ? formatDateTime(at) : strings.never);
  return (
    <dl className="facts kolada-state">
      <div>
        <dt>{strings.group}</dt>
        <dd>
          {status.group?.title ?? strings.noGroup(status.municipalityCode)}
          {status.group && ` (${status.chosenGroup ? strings.chosen : strings.similar})`}
        </dd>
      </div>
      <div>
        <dt>{strings.measures}</dt>
        <dd>{status.kpis.length > 0 ? status.kpis.join(', ') : strings.noKpis}</dd>
      </div>
      <div>
        <dt>{strings.lastSuccess}</dt>
        <dd>{when(status.lastSuccessAt)}</dd>
      </div>
      <div>
        <dt>{strings.lastAttempt}</dt>
        <dd>
          {when(status.lastAttemptAt)}
          {status.lastError && ` – ${status.lastError}`}
        </dd>
      </div>
    </dl>
  );
}

function RefreshButton() {
  const refresh = useRefreshKolada();
  return (
    <div className="kolada-refresh">
      <button
        type="button"
        className="button"
        disabled={refresh.isPending}
        onClick={() => refresh.mutate()}
      >
        {refresh.isPending ? strings.refreshing : strings.refresh}
      </button>
      <p role="status">
        {refresh.isSuccess &&
          (refresh.data.lastError ? strings.refreshedPartly : strings.refreshed)}
      </p>
      {refresh.isError && (
        <ErrorAlert title={strings.refreshFailed} message={refresh.error.message} />
      )}
    </div>
  );
}

function GroupChoice({ status }: { status: KoladaStatus }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const search = useKoladaGroupSearch(title);
  const choose = useChooseKoladaGroup();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setTitle(text.trim());
  };
  return (
    <div className="kolada-group">
      <h3>{strings.groupHeading}</h3>
      <p>{strings.groupIntro}</p>
      <form className="form kolada-group__search" role="search" onSubmit={submit} noValidate>
        <TextField
          id="kolada-group-search"
          label={strings.groupSearch}
          value={text}
          onChange={setText}
          error={apiFieldErrors(search.error).title}
          type="search"
        />
        <button type="submit" className="button button--secondary">
          {strings.search}
        </button>
      </form>
      {search.data && (
        <ul className="kolada-group__hits" aria-label={strings.groupHits}>
          {search.data.length === 0 && <li>{strings.noGroups}</li>}
          {search.data.map((group) => (
            <li key={group.id}>
              <span>{group.title}</span>
              <button
                type="button"
                className="button button--small"
                disabled={choose.isPending || status.chosenGroup?.id === group.id}
                onClick={() => choose.mutate({ group, version: status.version })}
              >
                {strings.choose}
                <span className="visually-hidden"> {group.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {status.chosenGroup && (
        <button
          type="button"
          className="button button--secondary"
          disabled={choose.isPending}
          onClick={() => choose.mutate({ group: null, version: status.version })}
        >
          {strings.useSimilar}
        </button>
      )}
      <p role="status">{choose.isSuccess && strings.groupSaved}</p>
      {choose.isError && <ErrorAlert message={choose.error.message} />}
    </div>
  );
}
