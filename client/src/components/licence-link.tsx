import { LICENCES, type Licence } from '@malbild/shared';
import { useOrganisation } from '../lib/api/get-organisation';
import { strings } from './strings';

/** "Licens: CC0 1.0 – fri att använda utan villkor", with a link to the licence's text. */
export function LicenceLink({ licence }: { licence: Licence }) {
  const { name, summary, url } = LICENCES[licence];
  return (
    <>
      {strings.licence} <a href={url}>{name}</a> – {summary}
    </>
  );
}

/** The open-data licence the municipality chose, beside a download; nothing until it is known. */
export function LicenceNote() {
  const licence = useOrganisation().data?.licence;
  return licence ? (
    <p className="download__licence">
      <LicenceLink licence={licence} />
    </p>
  ) : null;
}
