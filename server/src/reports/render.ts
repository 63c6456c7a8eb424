import type { ReportDocument, ReportFormat } from './document';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

/** The document as a file of the format: the one entry to the two renderers. */
export function renderReport(document: ReportDocument, format: ReportFormat): Promise<Uint8Array> {
  return format === 'pdf' ? renderPdf(document) : renderDocx(document);
}
