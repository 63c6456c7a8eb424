import { Link } from 'react-router';
import { usePageStatus } from '../../lib/page-meta';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { strings } from '../strings';

/** Any address that leads nowhere, including a goal or measure that does not exist. */
export function NotFoundRoute({ title = strings.notFoundTitle }: { title?: string }) {
  useDocumentTitle(title);
  usePageStatus(404);
  return (
    <div className="page">
      <h1>{title}</h1>
      <p>{strings.notFoundText}</p>
      <p>{strings.notFoundHelp}</p>
      <ul aria-label={strings.notFoundLinksLabel}>
        <li>
          <Link to={paths.start()}>{strings.backToStart}</Link>
        </li>
        <li>
          <Link to={paths.activities()}>{strings.notFoundActivities}</Link>
        </li>
        <li>
          <Link to={paths.apiDocs}>{strings.notFoundOpenData}</Link>
        </li>
      </ul>
    </div>
  );
}
