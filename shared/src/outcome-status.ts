import { OUTCOME_STATUS_LABELS } from './schemas/import';
import type { OutcomeStatus } from './schemas/measure';

// How people write an outcome's status in a file or a pasted cell: the labels, the codes, and
// the short forms the documents and spreadsheets use ("Prel.", "Avser del av året").
const STATUS_WORDS = new Map<string, OutcomeStatus>([
  ...Object.entries(OUTCOME_STATUS_LABELS).map(
    ([status, label]) => [label.toLocaleLowerCase('sv-SE'), status as OutcomeStatus] as const,
  ),
  ['final', 'final'],
  ['slutlig', 'final'],
  ['preliminary', 'preliminary'],
  ['preliminär', 'preliminary'],
  ['prel', 'preliminary'],
  ['prel.', 'preliminary'],
  ['partial', 'partial'],
  ['del av år', 'partial'],
  ['avser del av året', 'partial'],
  ['avser del av år', 'partial'],
]);

/** The status a text names ("Preliminärt", "prel", "Del av året"), or null when none. */
export function outcomeStatusFromText(text: string): OutcomeStatus | null {
  return STATUS_WORDS.get(text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE')) ?? null;
}
