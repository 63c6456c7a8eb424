import { useState } from 'react';
import { ImportRowStatusSchema, type ImportPreview } from '@malbild/shared';
import { strings } from '../strings';
import { CommitForm } from './commit-form';
import { PreviewTable } from './preview-table';
import { RowStatus } from './row-status';

const QUIET = new Set(['unchanged', 'skipped']);

/** A preview (of a file or of Kolada): notices, counts per status, the rows and the commit. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? preview.rows : preview.rows.filter((row) => !QUIET.has(row.status));
  const warned = preview.rows.filter((row) => row.warnings.length > 0).length;
  return (
    <div className="import-preview">
      <h3>{strings.previewHeading(preview.name)}</h3>
      {preview.notices.map((notice) => (
        <p key={notice} className="table-note">
          {notice}
        </p>
      ))}
      <ul className="import-summary" aria-label={strings.summaryLabel}>
        {ImportRowStatusSchema.options.map((status) => (
          <li key={status}>
            <RowStatus status={status} />
            <span className="import-summary__count">{preview.summary[status]}</span>
          </li>
        ))}
      </ul>
      <div className="import-show-all">
        <input
          type="checkbox"
          id={`show-all-${preview.id}`}
          checked={showAll}
          onChange={(event) => setShowAll(event.target.checked)}
        />
        <label htmlFor={`show-all-${preview.id}`}>{strings.showAllRows}</label>
      </div>
      {warned > 0 && (
        <p className="import-warning-summary">
          <strong>{strings.warningWord}</strong> {strings.changedSinceTemplate(warned)}
        </p>
      )}
      {rows.length > 0 && <PreviewTable rows={rows} total={preview.rows.length} />}
      <CommitForm preview={preview} />
    </div>
  );
}
