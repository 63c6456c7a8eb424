import { LICENCES, type Licence } from '@malbild/shared';

// UI text of the municipality's profile (Administration → Kommunen).
export const profileStrings = {
  title: 'Kommunen',
  navLabel: 'Kommunen',
  purpose: 'ändra kommunens profil',
  intro:
    'Kommunens namn syns i sidhuvudet och i varje sidas titel. Kontaktuppgifterna visas i sidfoten och i tillgänglighetsredogörelsen, och licensen bredvid varje nedladdning och i filerna.',
  label: 'kommunens profil',
  name: 'Kommunens namn',
  nameHint: 'Som det skrivs i titlar, t.ex. Exempels kommun.',
  municipalityCode: 'Kommunkod (fyra siffror, SCB)',
  municipalityCodeHint:
    'T.ex. 0180 för Stockholm. Kolada-importen hämtar kommunens värden med den.',
  contactEmail: 'E-postadress',
  contactPhone: 'Telefonnummer',
  webAddress: 'Kommunens webbplats',
  webAddressHint: 'Börjar med https://',
  licence: 'Licens för öppna data',
  licences: Object.fromEntries(
    Object.entries(LICENCES).map(([id, { name, summary }]) => [id, `${name} – ${summary}`]),
  ) as Record<Licence, string>,
  statement: 'Tillgänglighetsredogörelse',
  statementHint:
    'Stycken skiljs åt med en tom rad; ett stycke som börjar med ## blir en rubrik. Lämna tomt för att visa grundtexten. Kontaktuppgifterna och Diggs tillsyn läggs alltid till.',
  save: 'Spara profilen',
  saved: 'Profilen är sparad.',
  subject: 'kommunens profil',
  logoHeading: 'Logotyp',
  logoCurrent: 'Nuvarande logotyp',
  logoNone: 'Ingen logotyp: sidhuvudet visar Målbilds symbol.',
  logoFile: 'Ny logotyp',
  logoHint: 'PNG, JPEG eller WebP, högst 256 kB. Den visas bredvid namnet i sidhuvudet.',
  logoUpload: 'Ladda upp logotypen',
  logoRemove: 'Ta bort logotypen',
  logoSaved: 'Logotypen är sparad.',
  logoRemoved: 'Logotypen är borttagen.',
  logoChoose: 'Välj en bildfil först.',
} as const;
