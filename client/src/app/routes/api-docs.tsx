import { QueryState } from '../../components/query-state';
import { useOpenApi } from '../../features/api-docs/api/get-openapi';
import { ApiReference } from '../../features/api-docs/components/api-reference';
import { strings } from '../../features/api-docs/strings';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /api-dokumentation – the API for open data, described in Swedish from its OpenAPI document. */
export default function ApiDocsRoute() {
  useDocumentTitle(strings.title);
  const query = useOpenApi();
  return (
    <div className="page api-docs">
      <h1>{strings.title}</h1>
      <p>{strings.intro}</p>
      <p>
        {strings.machineReadable} <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      <QueryState query={query} label={strings.label}>
        {(document) => <ApiReference document={document} />}
      </QueryState>
    </div>
  );
}
