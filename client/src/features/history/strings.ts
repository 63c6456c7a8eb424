import type { HistoryEntry } from '@malbild/shared';

// UI text of a measure's change history and earlier published values.
export const strings = {
  label: 'historiken',
  changesHeading: 'Ändrade värden',
  changesCaption: (number: number) => `Ändringar av resultatmått ${number}, nyaste först`,
  noChanges: 'Inga värden har ändrats sedan de publicerades i kommunens dokument.',
  publishedHeading: 'Tidigare publicerade värden',
  publishedCaption: (number: number) => `Värden för resultatmått ${number} i andra dokument`,
  noPublished: 'Inga andra dokument har publicerat andra värden.',
  columnWhen: 'När',
  columnWhat: 'Vad',
  columnBefore: 'Före',
  columnAfter: 'Efter',
  columnWho: 'Av',
  columnReason: 'Orsak',
  columnYear: 'År',
  columnValue: 'Värde',
  columnSource: 'Dokument',
  kinds: {
    outcome: 'Utfall',
    target: 'Målvärde',
    definition: 'Definition',
  } satisfies Record<HistoryEntry['kind'], string>,
  nothing: '–',
  noValue: 'inget värde',
  fieldLabels: {
    status: 'Status',
    note: 'Not',
    dataSource: 'Källa',
    decision: 'Beslut',
    name: 'Namn',
    statement: 'Det här jobbar vi särskilt för',
    category: 'Kategori',
    unit: 'Enhet',
    scaleMin: 'Skala från',
    scaleMax: 'Skala till',
    direction: 'Riktning',
    decimals: 'Decimaler',
    koladaKpi: 'Kolada-id',
  } as Record<string, string>,
  statusLabels: { final: 'Slutligt', preliminary: 'Preliminärt', partial: 'Del av år' } as Record<
    string,
    string
  >,
  directionLabels: { up: 'Högre är bättre', down: 'Lägre är bättre' } as Record<string, string>,
} as const;
