import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { getPeriodQueryOptions } from '../../../lib/api/get-current-period';
import { parseIdParam, paths, searchParamNames } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDefinition } from '../api/get-definition';
import { strings } from '../strings';
import { DefinitionForm } from './definition-form';
import { DefinitionList } from './definition-list';
import '../definitions.css';

/**
 * /inmatning/definitioner – the list of measures, or with ?matt=N the form for measure N; with
 * ?period= those of that period (the structure's administration links here).
 */
export function DefinitionsPage() {
  const [params] = useSearchParams();
  const number = parseIdParam(params.get(searchParamNames.measure));
  const period = parseIdParam(params.get(searchParamNames.period));
  useDocumentTitle(number === undefined ? strings.title : strings.formTitle(number));
  return (
    <div className="page">
      {number === undefined ? (
        <>
          <h1>{strings.title}</h1>
          <p>{strings.intro}</p>
          <DefinitionList period={period} />
        </>
      ) : (
        <DefinitionEditor number={number} period={period} />
      )}
    </div>
  );
}

function DefinitionEditor({ number, period }: { number: number; period: number | undefined }) {
  const query = useDefinition(number, period);
  const detail = useQuery(getPeriodQueryOptions(period));
  const navigate = useNavigate();
  // A save that moved the measure to another goal opens its new number, and says so.
  const renumbered = (useLocation().state as { renumbered?: number } | null)?.renumbered;
  return (
    <>
      <p className="definitions-back">
        <Link to={paths.definitions(undefined, period)}>{strings.backToList}</Link>
        {detail.data && (
          <>
            {' · '}
            <Link to={paths.adminPeriods(detail.data.id)}>{strings.toStructure}</Link>
          </>
        )}
      </p>
      <p className="eyebrow">{strings.formTitle(number)}</p>
      <h1>{query.data?.name ?? strings.formTitle(number)}</h1>
      <p role="status">{renumbered === number && strings.renumbered(number)}</p>
      <QueryState query={query} label={strings.definitionLabel}>
        {(stored) => (
          <QueryState query={detail} label={strings.definitionLabel}>
            {(periodDetail) => (
              <DefinitionForm
                key={`${number}`}
                stored={stored}
                period={periodDetail}
                shownPeriod={period}
                onRenumbered={(next) =>
                  void navigate(paths.definitions(next, period), {
                    replace: true,
                    state: { renumbered: next },
                  })
                }
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
