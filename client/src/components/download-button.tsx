import type { Licence } from '@malbild/shared';
import { useOrganisation } from '../lib/api/get-organisation';
import { downloadCsv } from '../lib/csv';
import { LicenceNote } from './licence-link';
import { strings } from './strings';

interface DownloadButtonProps {
  fileName: string;
  /** Built on click, so pages do not build CSV text nobody asked for; the file names its licence. */
  buildCsv: (licence: Licence) => string;
  /** What the file holds, e.g. "alla resultatmått": tells buttons apart for screen readers. */
  description: string;
}

/** A CSV download with the open-data licence the municipality chose beside it. */
export function DownloadButton({ fileName, buildCsv, description }: DownloadButtonProps) {
  const licence = useOrganisation().data?.licence;
  return (
    <div className="download">
      <button
        type="button"
        className="button button--secondary download-button"
        disabled={!licence}
        onClick={() => licence && downloadCsv(fileName, buildCsv(licence))}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" className="icon">
          <path
            d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2.5h12V12"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
        {strings.downloadCsv}
        <span className="visually-hidden">: {description}</span>
      </button>
      <LicenceNote />
    </div>
  );
}
