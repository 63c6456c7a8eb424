import { PLAN_COLUMNS } from '@malbild/shared';

// UI text of a unit's plan för målaktiviteter: the plan, its forms, copy forward and follow-up.
export const strings = {
  heading: (year: number) => `Plan för målaktiviteter ${year}`,
  label: 'planen',
  intro:
    'Varje förvaltning, bolag och förbund har en plan för sina målaktiviteter. Här lägger redaktörerna till och ändrar sina aktiviteter och följer upp dem.',
  choose: 'Välj plan',
  year: 'År',
  unit: 'Förvaltning eller bolag',
  signInNote: 'Planen kan läsas av alla. För att ändra den behöver du logga in.',
  signIn: 'Logga in för att ändra planen',
  readOnly: (unit: string) =>
    `Du kan läsa planen, men inte ändra den: du är inte redaktör för ${unit}.`,
  summary: (activities: number, measures: number) =>
    `${activities} ${activities === 1 ? 'målaktivitet' : 'målaktiviteter'} under ${measures} resultatmått`,
  empty: (year: number) => `Planen för ${year} har inga målaktiviteter ännu.`,
  emptyEditable: (previous: number) =>
    `Lägg till en målaktivitet, eller börja från ${previous} års plan med Kopiera från ${previous}.`,
  measureHeading: (number: number, statement: string) => `${number}. ${statement}`,
  measureName: 'Resultatmått',
  tableCaption: (number: number) => `Målaktiviteter för resultatmått ${number}`,
  rowNumber: 'Nr',
  // The page shows the follow-up's comment and date in the Status cell, not columns of their own.
  columns: PLAN_COLUMNS.slice(1, PLAN_COLUMNS.indexOf('Status') + 1),
  actions: 'Åtgärder',
  followUpOn: (date: string) => `Uppföljd ${date}`,
  edit: 'Ändra',
  followUp: 'Följ upp',
  remove: 'Ta bort',
  rowContext: (row: number, measure: number) => `rad ${row} under resultatmått ${measure}`,
  add: 'Lägg till målaktivitet',
  copyFrom: (year: number) => `Kopiera från ${year}`,
  print: 'Skriv ut',
  downloadCsv: 'Ladda ner som CSV',
  downloadXlsx: 'Ladda ner som Excel',
  downloadContext: (unit: string, year: number) => `planen för ${unit} ${year}`,
  // Forms
  addTitle: 'Lägg till målaktivitet',
  editTitle: 'Ändra målaktivitet',
  close: 'Stäng',
  cancel: 'Avbryt',
  save: 'Spara',
  measure: 'Resultatmått',
  chooseMeasure: 'Välj resultatmått',
  units: 'Förvaltning/bolag (ansvariga)',
  unitsHint: 'Välj alla som ansvarar tillsammans, t.ex. SOU och KSF.',
  verksamhet: 'Verksamhet',
  verksamhetHint: 'T.ex. Grundskola eller Gymnasieskola.',
  text: 'Aktivitet',
  textHint: 'Vad ska göras?',
  antal: 'Antal',
  antalHint:
    'Ett tal (15), ett intervall (50-75) eller ett decimaltal (2,4). Lämna tomt om inget antal passar.',
  countUnit: 'Enhet',
  countUnitHint: 'Vad antalet räknar, t.ex. dagar, studenter eller fordon.',
  comment: 'Övrigt/kommentar',
  reason: 'Varför ändras aktiviteten? (frivilligt)',
  reasonHint: 'Sparas i historiken tillsammans med ändringen.',
  saved: 'Målaktiviteten sparades.',
  added: 'Målaktiviteten lades till.',
  unchanged: 'Inget var ändrat.',
  // Conflicts
  conflictSubject: 'målaktiviteten',
  followUpNotSaved: 'Din uppföljning är inte sparad.',
  removeNotDone: 'Målaktiviteten är inte borttagen.',
  // Follow-up
  followUpTitle: 'Följ upp målaktivitet',
  status: 'Status',
  followUpComment: 'Kommentar',
  followUpCommentHint: 'Vad har gjorts, eller varför inte?',
  followUpDate: 'Datum',
  followUpDateHint: 'Dagen uppföljningen gäller.',
  followUpSave: 'Spara uppföljningen',
  followUpSaved: 'Uppföljningen sparades.',
  followUpAll: 'Följ upp alla',
  followUpAllContext: (unit: string, year: number) => `målaktiviteter för ${unit} ${year}`,
  followUpPageHeading: (year: number) => `Uppföljning av målaktiviteter ${year}`,
  followUpPageIntro:
    'Sätt status, kommentar och datum för varje målaktivitet. Spara en rad i taget eller alla ändrade på en gång; sparas de tillsammans sparas alla eller ingen.',
  followUpKeys:
    'Pil upp och ned byter rad i samma kolumn, Enter går till raden under, Tab till nästa fält. Ctrl+S sparar alla ändrade rader.',
  backToPlan: (year: number) => `Tillbaka till planen för ${year}`,
  followUpSaveRow: 'Spara',
  followUpSaveAll: (count: number) => `Spara alla ändrade (${count})`,
  followUpNothingChanged: 'Inga ändrade rader att spara.',
  followUpSavedRows: (count: number) =>
    count === 1 ? 'En uppföljning sparades.' : `${count} uppföljningar sparades.`,
  followUpRowLabel: (row: number, measure: number) => `rad ${row} under resultatmått ${measure}`,
  followUpChanged: 'Ändrad, inte sparad',
  followUpCaption: (year: number, unit: string) =>
    `Målaktiviteter ${year} för ${unit} att följa upp`,
  activity: 'Målaktivitet',

  // Removal
  removeTitle: 'Ta bort målaktivitet',
  removeQuestion: 'Vill du ta bort målaktiviteten ur planen? Den finns kvar i historiken.',
  removeConfirm: 'Ta bort',
  removeAgain: 'Ta bort ändå',
  removed: 'Målaktiviteten togs bort.',
  // Copy forward
  copyHeading: (from: number, to: number) => `Kopiera målaktiviteter från ${from} till ${to}`,
  copyIntro: (to: number) =>
    `Välj de målaktiviteter som ska följa med till ${to}. Text, ansvariga, verksamhet, antal och kommentar kopieras; statusen blir planerad. Ändra dem sedan vid behov.`,
  copyNone: (from: number) => `Det finns inga målaktiviteter i planen för ${from}.`,
  selectAll: 'Välj alla',
  alreadyCopied: (to: number) => `redan kopierad till ${to}`,
  copySubmit: (count: number, to: number) =>
    `Kopiera ${count} ${count === 1 ? 'målaktivitet' : 'målaktiviteter'} till ${to}`,
  copying: 'Kopierar …',
  copyChooseOne: 'Välj minst en målaktivitet att kopiera.',
  copied: (count: number, to: number) =>
    `${count} ${count === 1 ? 'målaktivitet kopierades' : 'målaktiviteter kopierades'} till ${to}. Ändra dem vid behov.`,
  copiedSkipped: (count: number) =>
    ` ${count} var redan ${count === 1 ? 'kopierad' : 'kopierade'} och hoppades över.`,
  copyList: 'Målaktiviteter att kopiera',
} as const;
