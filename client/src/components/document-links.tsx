import { strings } from './strings';

interface DocumentLinksProps {
  /** The document's address without its extension, e.g. "/api/reports/outcome-table". */
  path: string;
  /** The document's title: tells the links apart for screen readers. */
  title: string;
  /** The period shown, when it is not the current one. */
  periodId?: number | undefined;
  /** With the drafts the signed-in user may see (the goal-fulfilment report's ?drafts=true). */
  drafts?: boolean;
}

/** A document generated on the server (docs/decisions/011-documents.md), as PDF and as Word. */
export function DocumentLinks({ path, title, periodId, drafts = false }: DocumentLinksProps) {
  const params = new URLSearchParams();
  if (periodId !== undefined) params.set('period', String(periodId));
  if (drafts) params.set('drafts', 'true');
  const query = params.size === 0 ? '' : `?${params.toString()}`;
  const context = <span className="visually-hidden">: {title}</span>;
  return (
    <p className="document-links">
      <a className="button button--secondary" href={`${path}.pdf${query}`} download>
        {strings.downloadPdf}
        {context}
      </a>
      <a className="button button--secondary" href={`${path}.docx${query}`} download>
        {strings.downloadDocx}
        {context}
      </a>
    </p>
  );
}
