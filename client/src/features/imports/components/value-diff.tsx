import {
  formatAsWritten,
  OUTCOME_STATUS_LABELS,
  type ImportOutcomeState,
  type ImportTargetState,
  type ImportValueDiff,
} from '@malbild/shared';
import { strings } from '../strings';

type State = ImportOutcomeState | ImportTargetState;
type TextField = 'status' | 'note' | 'dataSource' | 'decision';

/** As written in the file: no more decimals than the value has. */
function formatNumber(value: number | null): string {
  if (value === null) return strings.noValue;
  return formatAsWritten(value);
}

function fieldText(state: State, field: TextField): string {
  const value = (state as Partial<Record<TextField, string | null>>)[field];
  if (field === 'status' && value)
    return OUTCOME_STATUS_LABELS[value as ImportOutcomeState['status']];
  return value ?? strings.noValue;
}

/** The texts (status, note, källa, beslut) the import changes, old → new. */
function changedFields(diff: ImportValueDiff): { field: TextField; old: string; next: string }[] {
  const fields = Object.keys(strings.fieldLabels) as TextField[];
  return fields
    .filter((field) => field in diff.new)
    .map((field) => ({
      field,
      old: diff.old ? fieldText(diff.old, field) : strings.noValue,
      next: fieldText(diff.new, field),
    }))
    .filter(({ old, next }) => old !== next);
}

/** One value's diff: "204 → 205", "nytt: 210" or "213", with changed texts below. */
export function ValueDiff({ diff }: { diff: ImportValueDiff | undefined }) {
  if (!diff) return <span className="import-diff--none">{strings.notInFile}</span>;
  const next = formatNumber(diff.new.value);
  return (
    <>
      <span className="import-diff__value">
        {diff.change === 'new' && `${strings.newValue}: ${next}`}
        {diff.change === 'unchanged' && next}
        {diff.change === 'changed' && strings.oldToNew(formatNumber(diff.old?.value ?? null), next)}
      </span>
      {diff.change !== 'unchanged' &&
        changedFields(diff).map(({ field, old, next: text }) => (
          <span key={field} className="import-diff__field">
            {strings.fieldLabels[field]}:{' '}
            {diff.change === 'new' ? text : strings.oldToNew(old, text)}
          </span>
        ))}
    </>
  );
}
