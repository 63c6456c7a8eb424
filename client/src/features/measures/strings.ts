import type { Direction } from '@malbild/shared';

// UI text of the resultatmått: charts, tables, facts, assessment and downloads.
export const strings = {
  listLabel: 'resultatmåtten',
  preliminary: 'Preliminärt',
  partialYear: 'Avser del av året',

  legendLabel: 'Förklaring till diagrammet',
  legendOutcome: 'Utfall',
  legendProvisional: 'Utfall som är preliminärt eller avser del av året (ofylld ring)',
  legendTarget: 'Målvärde för året',
  legendEndTarget: (year: number) => `Slutmål ${year}`,
  legendGuide: 'Rak linje från utgångsläget till slutmålet: den takt som behövs',
  legendTrend: 'Prognos (inte ett utfall): om utvecklingen fortsätter som hittills',
  legendCountry: (title: string) => `${title} (Kolada)`,
  legendGroup: (title: string) => `${title}: ovägt medelvärde (Kolada)`,
  comparisonSource: 'Jämförelsen: källa Kolada',
  comparisonKpi: (kpi: string) => `nyckeltal ${kpi}, hämtat`,
  comparisonMeaning: (group: string | null) =>
    group
      ? `Riket är värdet för hela landet. Jämförelsegruppen är ${group}; dess värde är ett ovägt medelvärde av gruppens kommuner.`
      : 'Riket är värdet för hela landet.',
  columnCountry: 'Riket',
  columnGroup: 'Jämförelsegrupp (medelvärde)',
  summaryComparison: (titles: string[]) => `Jämförs med ${titles.join(' och ')} (Kolada).`,
  footnotesLabel: 'Noter',
  footnoteMark: ' not ',
  footnoteKind: { outcome: 'utfall', target: 'målvärde' },
  chartLoading: 'diagrammet',
  chartSummary: (parts: string[]) => `Diagram. ${parts.join(' ')} Alla siffror finns i tabellen.`,
  summaryRange: (first: number, last: number) => `Utfall och målvärden ${first}–${last}.`,
  summaryLatest: (year: number, value: string, target: string) =>
    `Senaste utfall ${year}: ${value}, målvärde ${target}.`,
  summaryNoOutcome: 'Inget utfall ännu.',
  summaryUnit: (unit: string) => `Enhet: ${unit}.`,
  summaryLowerIsBetter: 'Lägre är bättre.',
  summaryEndTarget: (year: number, value: string) => `Slutmål ${year}: ${value}.`,
  measureLabel: (number: number) => `Resultatmått ${number}`,
  imageTitle: (number: number, name: string) => `Resultatmått ${number}: ${name}`,
  imageSource: (organisation: string | null, date: string | null) =>
    [`Källa: ${organisation ? `${organisation}, ` : ''}Målbild`, date && `uppgifter per ${date}`]
      .filter((part) => part !== null)
      .join(', ') + '.',
  imageLowerIsBetter: 'lägre är bättre',
  shareHeading: 'Dela diagrammet',
  downloadPng: 'Ladda ner diagrammet som bild (PNG)',
  downloadSvg: 'Ladda ner diagrammet som SVG',
  embedLabel: 'Kod för att bädda in diagrammet på en annan webbplats',
  embedHint:
    'Klistra in koden i webbplatsens HTML. Diagrammet visas med förklaring, noter och tabell och uppdateras när nya värden förs in.',
  embedCopy: 'Kopiera koden',
  embedCopied: 'Koden är kopierad.',
  embedShowTable: 'Visa siffrorna som tabell',
  embedSource: (organisation: string | null) =>
    `Källa: ${organisation ? `${organisation}, ` : ''}Målbild.`,
  embedMore: 'Mer om resultatmåttet',
  tooltipYear: (year: number) => `År ${year}`,
  tooltipProjection: 'Prognos, inte utfall',

  tableCaption: (number: number, name: string, direction: Direction) =>
    `Utfall och målvärden för resultatmått ${number}: ${name}${
      direction === 'down' ? ' (lägre är bättre)' : ''
    }`,
  columnYear: 'År',
  columnOutcome: 'Utfall',
  columnTarget: 'Målvärde',
  columnState: 'Mot årets målvärde',
  beforePeriod: 'Före perioden',
  endTargetMark: '(slutmål)',

  factsLabel: 'Om resultatmåttet',
  statement: 'Det här jobbar vi särskilt för',
  source: 'Källa',
  category: 'Kategori',
  unit: 'Enhet',
  /** The unit in words, as the facts and the y-axis name it. */
  unitName: (unit: string) => (unit === '%' ? 'procent (%)' : unit),
  direction: 'Önskad riktning',
  directions: {
    up: 'Ett högre värde är bättre',
    down: 'Ett lägre värde är bättre',
  } satisfies Record<Direction, string>,
  scale: (min: number, max: number) => `${min}–${max}`,
  scaleLabel: 'Skala',
  kolada: 'Nyckeltal i Kolada',
  goal: 'Verksamhetsmål',
  area: 'Målområde',

  figuresHeading: 'Utfall och målvärden',
  progressHeading: 'Utvecklingen under perioden',
  baseline: 'Utgångsläge',
  baselineValue: (value: string, year: number) => `${value} (${year})`,
  periodStatus: (endYear: number) => `Läget mot slutmålet ${endYear}`,
  methodLink: 'Så bedömer vi',
  progress: 'Hur långt mot slutmålet',
  progressShare: (share: string) => `${share} av vägen till slutmålet.`,
  progressBackwards: 'Längre från målet än vid start.',
  progressReached: 'Hela vägen: slutmålet är nått.',
  progressFigures: (from: string, year: number, latest: string, to: string) =>
    `Utgångsläge ${from}, utfall ${year} ${latest}, slutmål ${to}.`,
  projection: (endYear: number) => `Prognos för ${endYear}`,
  projectionValue: (year: number, value: string, reaches: boolean) =>
    `Om utvecklingen fortsätter som hittills blir värdet ungefär ${value} år ${year}. ${
      reaches ? 'Då nås slutmålet.' : 'Då nås inte slutmålet.'
    } Det är en prognos, inte ett utfall.`,
  cannotJudge: (reason: string) =>
    `Kan inte bedömas: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`,

  publishedHeading: 'Tidigare publicerade värden',
  publishedIntro:
    'Samma år har publicerats med ett annat värde i något dokument, till exempel innan siffran reviderades. Det gällande värdet står i tabellen ovan.',
  publishedCaption: (title: string, date: string) => `Publicerat i ${title}, ${date}`,
  publishedKind: { outcome: 'utfall', target: 'målvärde' },
  publishedNote: (note: string) => `Not: ${note}`,
  columnYearAndKind: 'År, avser',
  columnPublished: 'Publicerat värde',
  columnCurrent: 'Gällande värde',

  measuresHeading: 'Resultatmått',
  stateInYear: (year: number) => `Mot årets målvärde ${year}:`,
  downloadMeasure: (number: number) => `utfall och målvärden för resultatmått ${number}`,
  downloadGoal: 'utfall och målvärden för målets resultatmått',
  downloadAll: 'utfall och målvärden för alla resultatmått',
  openDataHeading: 'Öppna data',
  outcomeTableTitle: 'Resultatmått. Utfall och målvärden',
  outcomeTableText:
    'Periodens tabell som i fullmäktiges handlingar: alla resultatmått med utfall, målvärden och noter.',
  openDataText:
    'Ladda ner utfall, målvärden och bedömningar för alla resultatmått som en CSV-fil. Filen öppnas i Excel och andra kalkylprogram.',
} as const;
