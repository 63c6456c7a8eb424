import { strings } from './strings';

interface DocumentLinksProps {
  /** The document's address without its extension, e.g. "/api/reports/outcome-table". */
  path: string;
  /** The document's title: tells the links apart for screen readers. */
  title: string;
  /** The period shown, when it is not the current one. */
  periodId?: number | undefined;
}

/** A document generated on the server (docs/decisions/011-documents.md), as PDF and as Word. */
export function DocumentLinks({ path, title, periodId }: DocumentLinksProps) {
  const query = periodId === undefined ? '' : `?period=${String(periodId)}`;
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
