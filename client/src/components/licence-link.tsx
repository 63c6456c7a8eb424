import { LICENCES, type Licence } from '@malbild/shared';
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
