import { formatSwedishNumber, type ImportMode, type ImportRowStatus } from '@malbild/shared';

// UI text of the import page: file import, Kolada import, preview and commit.
export const strings = {
  title: 'Importera utfall och målvärden',
  intro:
    'Läs in utfall och målvärden från en fil eller hämta utfall från Kolada. Du ser först en förhandsgranskning; inget sparas förrän du bekräftar.',
  purpose: 'importera utfall och målvärden',
  /** Which period's measures and years the file and Kolada are read against. */
  periodNote: (name: string) => `Importen gäller målperioden ${name}.`,
  optionsLabel: 'resultatmåtten och perioden',

  fileHeading: 'Från en fil (CSV eller Excel)',
  templateHeading: '1. Ladda ner mallen',
  templateText:
    'Mallen har en rad per resultatmått och år med de värden som finns nu. Ändra de celler som är nya och spara filen.',
  templateCsv: 'Mall som CSV',
  templateXlsx: 'Mall som Excel (.xlsx)',
  uploadHeading: '2. Välj filen',
  fileLabel: 'Fil med utfall och målvärden (CSV eller .xlsx, högst 5 MB)',
  dropHint: 'Du kan också dra och släppa filen här.',
  dropActive: 'Släpp filen för att läsa in den',
  reading: (name: string) => `Läser ${name} …`,
  fileError: 'Filen kunde inte läsas in',

  koladaHeading: 'Från Kolada',
  koladaText:
    'Kolada är den nationella databasen för kommunala nyckeltal. Utfall hämtas för de resultatmått som har ett Kolada-id.',
  municipality: (code: string) => `Kommunkod: ${code}`,
  municipalityMissing:
    'Kommunkoden är inte angiven. En administratör behöver ange den innan utfall kan hämtas.',
  municipalityLabel: 'Kommunkod (fyra siffror, SCB)',
  municipalityHint: 'T.ex. 0180 för Stockholm. Kolada känner kommunen under den koden.',
  municipalitySave: 'Spara kommunkoden',
  municipalitySaved: 'Kommunkoden är sparad.',
  municipalitySubject: 'kommunkoden',
  noKoladaMeasures:
    'Inget resultatmått har ett Kolada-id ännu. Ange nyckeltalets id (t.ex. N01951) bland resultatmåttens definitioner.',
  toDefinitions: 'Till definitionerna',
  yearsLegend: 'År att hämta',
  measuresLegend: 'Resultatmått att hämta',
  measureOption: (number: number, name: string, kpi: string) => `${number}. ${name} (${kpi})`,
  fetchKolada: 'Hämta från Kolada',
  fetchingKolada: 'Hämtar från Kolada …',
  koladaError: 'Hämtningen från Kolada misslyckades',
  chooseYearAndMeasure: 'Välj minst ett år och ett resultatmått.',

  previewHeading: (name: string) => `Förhandsgranskning: ${name}`,
  summaryLabel: 'Sammanfattning av förhandsgranskningen',
  statusLabels: {
    new: 'Nytt',
    changed: 'Ändras',
    unchanged: 'Oförändrat',
    invalid: 'Fel',
    skipped: 'Hoppas över',
  } satisfies Record<ImportRowStatus, string>,
  summaryCount: (count: number, label: string) => `${label}: ${count}`,
  rowsLabel: 'Importens rader',
  warningWord: 'Obs!',
  changedSinceTemplate: (rows: number) =>
    `${rows === 1 ? 'En rad skriver' : `${formatSwedishNumber(rows)} rader skriver`} över värden som någon har ändrat efter att mallen hämtades. Kontrollera ${rows === 1 ? 'den' : 'dem'} i tabellen innan du sparar.`,
  showAllRows: 'Visa även oförändrade rader och rader utan värden',
  tableCaption: (shown: number, total: number) =>
    shown === total ? `Alla ${total} rader` : `${shown} av ${total} rader`,
  columnLine: 'Rad',
  columnMeasure: 'Resultatmått',
  columnYear: 'År',
  columnStatus: 'Status',
  columnOutcome: 'Utfall',
  columnTarget: 'Målvärde',
  columnMessage: 'Fel och kommentarer',
  noValue: '–',
  notInFile: 'Ändras inte',
  fieldLabels: { status: 'status', note: 'not', dataSource: 'källa', decision: 'beslut' },
  newValue: 'nytt',
  arrow: '→',
  oldToNew: (old: string, next: string) => `${old} → ${next}`,

  modeLegend: 'Hur ska importen sparas?',
  modes: {
    'all-or-nothing': 'Allt eller inget',
    'valid-rows': 'Bara giltiga rader',
  } satisfies Record<ImportMode, string>,
  modeHints: {
    'all-or-nothing':
      'Sparar alla ändringar, eller ingenting om någon rad har fel eller ett värde har ändrats efter förhandsgranskningen.',
    'valid-rows': 'Sparar raderna utan fel. Rader med fel sparas inte.',
  } satisfies Record<ImportMode, string>,
  commit: 'Spara importen',
  committing: 'Sparar …',
  nothingToCommit: 'Inget att spara: importen ändrar inga värden.',
  invalidBlocksAll: (count: number) =>
    `${count} ${count === 1 ? 'rad har' : 'rader har'} fel. Med "allt eller inget" sparas ingenting; rätta filen eller välj "bara giltiga rader".`,
  committed: (outcomes: number, targets: number) =>
    `Importen är sparad: ${outcomes} utfall och ${targets} ${targets === 1 ? 'målvärde' : 'målvärden'}.`,
  unchangedValues: (count: number) => `${count} värden var redan likadana.`,
  notWritten: (count: number) =>
    `${count} ${count === 1 ? 'rad eller värde sparades' : 'rader eller värden sparades'} inte:`,
  problem: (line: number, message: string) => `Rad ${line}: ${message}`,
  commitFailed: 'Importen sparades inte',
} as const;
