import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { parseIdParam, paths, searchParamNames } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDefinition } from '../api/get-definition';
import { strings } from '../strings';
import { DefinitionForm } from './definition-form';
import { DefinitionList } from './definition-list';
import '../definitions.css';

/** /inmatning/definitioner – the list of measures, or with ?matt=N the form for measure N. */
export function DefinitionsPage() {
  const [params] = useSearchParams();
  const number = parseIdParam(params.get(searchParamNames.measure));
  useDocumentTitle(number === undefined ? strings.title : strings.formTitle(number));
  return (
    <div className="page">
      {number === undefined ? (
        <>
          <h1>{strings.title}</h1>
          <p>{strings.intro}</p>
          <DefinitionList />
        </>
      ) : (
        <DefinitionEditor number={number} />
      )}
    </div>
  );
}

function DefinitionEditor({ number }: { number: number }) {
  const query = useDefinition(number);
  return (
    <>
      <p className="definitions-back">
        <Link to={paths.definitions()}>{strings.backToList}</Link>
      </p>
      <p className="eyebrow">{strings.formTitle(number)}</p>
      <h1>{query.data?.name ?? strings.formTitle(number)}</h1>
      <QueryState query={query} label={strings.definitionLabel}>
        {(stored) => <DefinitionForm key={`${number}`} stored={stored} />}
      </QueryState>
    </>
  );
}
