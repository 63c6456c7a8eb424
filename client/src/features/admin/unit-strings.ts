import type { UnitWithCounts } from '@malbild/shared';
import { formatDate } from '../../lib/format';

// UI text of the organisation units (Administration → Enheter).
export const unitStrings = {
  title: 'Enheter',
  navLabel: 'Enheter',
  purpose: 'ändra koncernens enheter',
  intro:
    'Förvaltningar, bolag och förbund som har planer för målaktiviteter. En enhet tas aldrig bort: den som avslutas eller slås ihop med en annan finns kvar för de år den har målaktiviteter, och ett tidigare namn sparas med sina datum. Vem som får ändra en enhets plan bestäms under Användare och Grupper.',
  label: 'enheterna',
  caption: 'Alla enheter',
  columnCode: 'Kod',
  columnName: 'Namn',
  columnYears: 'Aktiv',
  columnActivities: 'Målaktiviteter i perioden',
  columnActions: 'Åtgärder',
  formerName: (name: string, from: string | null, until: string) =>
    from
      ? `Hette ${name} ${formatDate(from)}–${formatDate(until)}`
      : `Hette ${name} till ${formatDate(until)}`,
  years: (unit: Pick<UnitWithCounts, 'activeFrom' | 'activeUntil' | 'mergedInto'>) => {
    if (unit.mergedInto) return `Sammanslagen med ${unit.mergedInto}`;
    if (unit.activeFrom !== null && unit.activeUntil !== null)
      return `${unit.activeFrom}–${unit.activeUntil}`;
    if (unit.activeFrom !== null) return `Från ${unit.activeFrom}`;
    if (unit.activeUntil !== null) return `Till och med ${unit.activeUntil}`;
    return 'Alla år';
  },
  edit: 'Ändra',
  forUnit: (code: string) => `enheten ${code}`,
  editHeading: (code: string, name: string) => `Ändra ${name} (${code})`,
  close: 'Stäng',
  addHeading: 'Lägg till en enhet',
  code: 'Kod',
  codeHint:
    'Som planerna skriver den, t.ex. SOU: 1–12 versaler eller siffror. Koden kan inte ändras.',
  name: 'Namn',
  activeFrom: 'Första år med målaktiviteter',
  activeFromHint: 'Lämna tomt om enheten ska kunna ha målaktiviteter alla år.',
  add: 'Lägg till enheten',
  added: (code: string) => `Enheten ${code} är tillagd.`,
  renameHeading: 'Byt namn',
  newName: 'Nytt namn',
  reason: 'Anledning (valfritt)',
  rename: 'Byt namn',
  renamed: (code: string) => `${code} har bytt namn. Det tidigare namnet är sparat.`,
  retireHeading: 'Avsluta eller återaktivera',
  activeUntil: 'Sista år med målaktiviteter',
  activeUntilHint:
    'Lämna tomt för att återaktivera enheten. Året kan inte vara före enhetens sista målaktivitet.',
  retire: 'Spara sista året',
  retired: (code: string, year: number | null) =>
    year === null ? `${code} är aktiv igen.` : `${code} är avslutad efter ${year}.`,
  mergeHeading: 'Slå ihop med en annan enhet',
  mergeHint:
    'Enhetens alla målaktiviteter flyttas till den valda enheten, var och en med en rad i sin historik. Konton och grupper som nämner enheten ändras inte.',
  into: 'Slå ihop med',
  chooseUnit: 'Välj enhet',
  merge: 'Slå ihop',
  merged: (code: string, into: string, moved: number) =>
    `${code} är sammanslagen med ${into}; ${moved} målaktiviteter flyttades.`,
  mergedAlready: (into: string) => `Enheten är sammanslagen med ${into} och kan inte ändras mer.`,
  yearHint: 'Ett årtal, t.ex. 2026',
} as const;
