import {
  formatMeasureValue,
  OUTCOME_STATUS_LABELS,
  type Measure,
  type Outcome,
  type PeriodDetail,
  type Target,
} from '@malbild/shared';
import type { ReportDocument, ReportMetadata, TableBlock, TableRow } from './document';

// "Resultatmått. Utfall och målvärden": the one table of the period as the council's papers carry
// it — per målområde a block of its verksamhetsmål and their measures, each with the outcome
// years (Utfall) and the target years (Målvärden), the footnotes under the block, numbered through
// the document; a note written twice is one footnote ("6) Avser oktober 2022").

export interface OutcomeTableInput {
  period: PeriodDetail;
  measures: Measure[];
  metadata: ReportMetadata;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const marker = (number: number) =>
  `${String(number).replace(/\d/g, (digit) => SUPERSCRIPT[Number(digit)] ?? digit)}⁾`;

/** The footnotes of the document, numbered in the order the table meets them. */
function createFootnotes() {
  const numbers = new Map<string, number>();
  return {
    /** The number of a note, the same one each time the note is met. */
    numberOf(note: string): number {
      let number = numbers.get(note);
      if (number === undefined) {
        number = numbers.size + 1;
        numbers.set(note, number);
      }
      return number;
    },
    texts: (used: Set<number>) =>
      [...numbers].filter(([, n]) => used.has(n)).map(([note, n]) => `${n}) ${note}`),
  };
}

/** The years with an outcome in any measure, every year between them included. */
function outcomeYearsOf(measures: Measure[]): number[] {
  const years = measures.flatMap((measure) => measure.outcomes.map((outcome) => outcome.year));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

/** An outcome's own note; a preliminary or partial one without a note says so. */
export function noteOf(value: Outcome | Target | undefined): string | null {
  if (!value) return null;
  if (value.note) return value.note;
  return 'status' in value && value.status !== 'final' ? OUTCOME_STATUS_LABELS[value.status] : null;
}

export function outcomeTableDocument({
  period,
  measures,
  metadata,
}: OutcomeTableInput): ReportDocument {
  const outcomeYears = outcomeYearsOf(measures);
  const targetYears = Array.from(
    { length: period.endYear - period.startYear + 1 },
    (_, i) => period.startYear + i,
  );
  const footnotes = createFootnotes();
  const columns = 1 + outcomeYears.length + targetYears.length;

  const blocks = period.areas.flatMap((area): ReportDocument['blocks'] => {
    const used = new Set<number>();
    const cell = (measure: Measure, value: Outcome | Target | undefined) => {
      const note = noteOf(value);
      const text = formatMeasureValue(value?.value ?? null, measure);
      if (note === null) return { text, align: 'right' as const };
      const number = footnotes.numberOf(note);
      used.add(number);
      return { text: `${text} ${marker(number)}`, align: 'right' as const };
    };
    const rows = area.goals.flatMap((goal): TableRow[] => [
      { cells: [{ text: goal.name, span: columns }], emphasis: 'group' },
      ...measures
        .filter((measure) => measure.goal.id === goal.id)
        .map((measure) => ({
          cells: [
            { text: measure.name },
            ...outcomeYears.map((year) =>
              cell(
                measure,
                measure.outcomes.find((outcome) => outcome.year === year),
              ),
            ),
            ...targetYears.map((year) =>
              cell(
                measure,
                measure.targets.find((target) => target.year === year),
              ),
            ),
          ],
        })),
    ]);
    const table: TableBlock = {
      kind: 'table',
      caption: `${area.name}: utfall och målvärden per resultatmått`,
      header: [
        {
          cells: [
            { text: 'Resultatmått' },
            { text: 'Utfall', span: outcomeYears.length },
            { text: 'Målvärden', span: targetYears.length },
          ],
        },
        {
          cells: [
            { text: '' },
            ...[...outcomeYears, ...targetYears].map((year) => ({
              text: String(year),
              align: 'right' as const,
            })),
          ],
        },
      ],
      rows,
      widths: [34, ...Array.from({ length: columns - 1 }, () => 6)],
      footnotes: [],
    };
    table.footnotes = footnotes.texts(used);
    return [{ kind: 'heading', level: 2, text: area.name }, table];
  });

  return {
    title: 'Resultatmått. Utfall och målvärden',
    fileName: `Resultatmått utfall och målvärden ${period.name}`,
    orientation: 'landscape',
    metadata,
    blocks: [
      {
        kind: 'paragraph',
        text: `Målperiod ${period.name}. Utfall ${outcomeYears[0] ?? ''}–${outcomeYears.at(-1) ?? ''}, målvärden ${period.startYear}–${period.endYear}. – betyder att inget värde finns.`,
      },
      ...blocks,
    ],
  };
}
