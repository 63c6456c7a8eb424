import { apiUrl } from '../../../lib/api-client';
import { usePreviewFile } from '../api/preview-file';
import { strings } from '../strings';
import { ErrorAlert } from '../../../components/error-alert';
import { FileDrop } from './file-drop';
import { ImportPreviewView } from './import-preview';

/** Template downloads, the upload and the file's preview, for the period (?period=) or the current one. */
export function FileImport({ periodId }: { periodId: number | undefined }) {
  const preview = usePreviewFile(periodId);
  const template = (file: string) => apiUrl(`/imports/${file}`, { period: periodId });
  return (
    <section className="import-section" aria-labelledby="file-import-heading">
      <h2 id="file-import-heading">{strings.fileHeading}</h2>
      <h3>{strings.templateHeading}</h3>
      <p>{strings.templateText}</p>
      <p className="import-templates">
        <a className="button button--secondary" href={template('template.csv')} download>
          {strings.templateCsv}
        </a>
        <a className="button button--secondary" href={template('template.xlsx')} download>
          {strings.templateXlsx}
        </a>
      </p>
      <h3>{strings.uploadHeading}</h3>
      <FileDrop onFile={(file) => preview.mutate(file)} disabled={preview.isPending} />
      <p role="status" className="import-progress">
        {preview.isPending && strings.reading(preview.variables.name)}
      </p>
      {preview.isError && <ErrorAlert title={strings.fileError} message={preview.error.message} />}
      {preview.isSuccess && <ImportPreviewView key={preview.data.id} preview={preview.data} />}
    </section>
  );
}
