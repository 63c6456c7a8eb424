import { Link } from 'react-router';
import { usePageStatus } from '../../lib/page-meta';
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
      <p>
        <Link to="/">{strings.backToStart}</Link>
      </p>
    </div>
  );
}
