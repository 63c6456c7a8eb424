// UI text of the målaktiviteter: the filterable list and each measure's activities.
export const strings = {
  label: 'målaktiviteterna',
  unitsLabel: 'förvaltningarna och bolagen',
  filtersHeading: 'Filtrera målaktiviteterna',
  year: 'År',
  allYears: 'Alla år',
  unit: 'Förvaltning eller bolag',
  allUnits: 'Alla förvaltningar och bolag',
  goal: 'Verksamhetsmål',
  allGoals: 'Alla verksamhetsmål',
  measure: 'Resultatmått',
  allMeasures: 'Alla resultatmått',
  search: 'Sök i målaktiviteterna',
  searchHint: 'Söker i aktivitet, verksamhet, kommentar och ansvariga.',
  clearFilters: 'Rensa filtren',
  result: (activities: number, units: number) =>
    `${activities} ${activities === 1 ? 'målaktivitet' : 'målaktiviteter'} hos ${units} ${
      units === 1 ? 'förvaltning eller bolag' : 'förvaltningar och bolag'
    }.`,
  sharedNote:
    'En aktivitet som flera förvaltningar eller bolag ansvarar för tillsammans står under var och en av dem.',
  none: 'Inga målaktiviteter matchar filtret.',
  unitIndex: 'Hoppa till förvaltning eller bolag',
  count: (count: number) => `${count} st`,
  countLong: (count: number) => `${count} ${count === 1 ? 'målaktivitet' : 'målaktiviteter'}`,
  measureLink: (number: number, name: string) => `Resultatmått ${number}: ${name}`,
  responsible: 'Ansvariga',
  manyUnits: (asWritten: string, count: number) =>
    `${asWritten} (${count} förvaltningar och bolag)`,
  verksamhet: 'Verksamhet',
  antal: 'Antal',
  comment: 'Kommentar',
  yearLabel: 'År',
  measureHeading: 'Målaktiviteter',
  measureIntro: 'Det här gör förvaltningar och bolag för att resultatmåttet ska nå målvärdena.',
  measureNone: 'Det finns inga målaktiviteter för resultatmåttet.',
  measureYear: (year: number, count: number) =>
    `${year} (${count} ${count === 1 ? 'målaktivitet' : 'målaktiviteter'})`,
  showInList: (year: number) => `Visa målaktiviteterna ${year} i listan över alla målaktiviteter`,
  download: 'målaktiviteterna som visas',
  reportTitle: (year: number) => `Koncernens samtliga målaktiviteter ${year}`,
  status: 'Status',
  followUp: (date: string) => `Uppföljning ${date}`,
  donePerMeasure: 'Genomförda per resultatmått',
  measureColumn: 'Resultatmått',
  doneColumn: 'Genomförda',
} as const;
