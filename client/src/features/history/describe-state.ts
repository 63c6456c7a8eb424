import { formatValue, type ValueFormat } from '../../lib/format';
import { strings } from './strings';

// A stored state from the history ({ value, status, note, … } or changed definition fields) as
// one line of Swedish.

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });

function fieldText(field: string, value: unknown): string {
  if (typeof value === 'number') return number.format(value);
  const text = String(value);
  if (field === 'status') return strings.statusLabels[text] ?? text;
  if (field === 'direction') return strings.directionLabels[text] ?? text;
  return text;
}

export function describeState(state: Record<string, unknown> | null, format: ValueFormat): string {
  if (state === null) return strings.nothing;
  const parts: string[] = [];
  if ('value' in state) {
    parts.push(
      typeof state.value === 'number' ? formatValue(state.value, format) : strings.noValue,
    );
  }
  for (const [field, value] of Object.entries(state)) {
    // Final is what an outcome is unless said otherwise: only the exceptions are named.
    if (
      field === 'value' ||
      value === null ||
      value === '' ||
      (field === 'status' && value === 'final')
    ) {
      continue;
    }
    parts.push(`${strings.fieldLabels[field] ?? field}: ${fieldText(field, value)}`);
  }
  return parts.length > 0 ? parts.join(' · ') : strings.nothing;
}
