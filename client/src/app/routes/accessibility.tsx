import { QueryState } from '../../components/query-state';
import { AccessibilityStatement } from '../../features/organisation/components/accessibility-statement';
import { strings } from '../../features/organisation/strings';
import { useOrganisation } from '../../lib/api/get-organisation';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /tillganglighet – the accessibility statement the law on digital public services asks for. */
export default function AccessibilityRoute() {
  useDocumentTitle(strings.accessibilityTitle);
  const query = useOrganisation();
  return (
    <div className="page statement">
      <h1>{strings.accessibilityTitle}</h1>
      <QueryState query={query} label={strings.statementLabel}>
        {(organisation) => <AccessibilityStatement organisation={organisation} />}
      </QueryState>
    </div>
  );
}
