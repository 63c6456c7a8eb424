// The import file's columns: the template writes these headers, the reader finds them by name
// (in any order, any case). Other columns, such as Namn, are there for the reader and ignored.

export const COLUMNS = {
  measure: 'Resultatmått',
  name: 'Namn',
  year: 'År',
  outcome: 'Utfall',
  status: 'Status',
  note: 'Not',
  dataSource: 'Källa',
  target: 'Målvärde',
  decision: 'Beslut',
  /** When the template was downloaded: a value stored after it is one the file has not seen. */
  downloadedAt: 'Mallen hämtad',
} as const;
export type ColumnKey = keyof typeof COLUMNS;

// The public pages' CSV download names some columns at more length; it imports as well.
const ALIASES: Record<string, ColumnKey> = {
  'status för utfallet': 'status',
  'not till utfallet': 'note',
};

const normalise = (header: string) => header.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');

const BY_HEADER = new Map<string, ColumnKey>([
  ...Object.entries(COLUMNS).map(([key, header]) => [normalise(header), key as ColumnKey] as const),
  ...Object.entries(ALIASES),
]);

/** The column a header names, or undefined for a column the import does not use. */
export function columnOf(header: string): ColumnKey | undefined {
  return BY_HEADER.get(normalise(header));
}
