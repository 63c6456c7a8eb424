import {
  formatSwedishNumber,
  MeasureChangeSchema,
  parseSwedishNumber,
  type MeasureChange,
  type StoredDefinition,
} from '@malbild/shared';
import { zodFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { strings } from './strings';

// The form holds text; a change holds only the fields that differ from the version the user
// started from, checked with the same schema the API uses.

export const FIELDS = [
  'name',
  'statement',
  'dataSource',
  'category',
  'unit',
  'scaleMin',
  'scaleMax',
  'direction',
  'decimals',
  'koladaKpi',
  'responsibleUnit',
] as const satisfies readonly (keyof StoredDefinition)[];
export type Field = (typeof FIELDS)[number];
export type DefinitionTexts = Record<Field, string>;

const scaleText = (value: number | null) =>
  value === null ? '' : formatSwedishNumber(value, 4).replace(/,?0+$/, '');

export function toForm(definition: StoredDefinition): DefinitionTexts {
  return {
    ...definition,
    responsibleUnit: definition.responsibleUnit ?? '',
    scaleMin: scaleText(definition.scaleMin),
    scaleMax: scaleText(definition.scaleMax),
    decimals: String(definition.decimals),
    koladaKpi: definition.koladaKpi ?? '',
  };
}

function scaleValue(text: string, field: Field, errors: FieldErrors): number | null {
  try {
    return parseSwedishNumber(text);
  } catch {
    errors[field] = strings.notANumber;
    return null;
  }
}

export type ChangeOrErrors = { change: MeasureChange } | { errors: FieldErrors };

/** The change of the fields that differ from `base`; `goalId` when the measure moves to a goal. */
export function changeFrom(
  form: DefinitionTexts,
  base: StoredDefinition,
  reason: string,
  goalId?: number,
): ChangeOrErrors {
  const errors: FieldErrors = {};
  const typed: StoredDefinition = {
    ...base,
    name: form.name.trim(),
    statement: form.statement.trim(),
    dataSource: form.dataSource.trim(),
    category: form.category as StoredDefinition['category'],
    unit: form.unit.trim(),
    scaleMin: scaleValue(form.scaleMin, 'scaleMin', errors),
    scaleMax: scaleValue(form.scaleMax, 'scaleMax', errors),
    direction: form.direction as StoredDefinition['direction'],
    decimals: Number(form.decimals),
    koladaKpi: form.koladaKpi.trim() || null,
    responsibleUnit: form.responsibleUnit || null,
  };
  if (typed.scaleMin !== null && typed.scaleMax !== null && typed.scaleMin >= typed.scaleMax) {
    errors.scaleMax = strings.scaleOrder;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const changed = FIELDS.filter((field) => typed[field] !== base[field]);
  const parsed = MeasureChangeSchema.safeParse({
    ...Object.fromEntries(changed.map((field) => [field, typed[field]])),
    goalId,
    version: base.version,
    reason: reason.trim() || undefined,
  });
  return parsed.success ? { change: parsed.data } : { errors: zodFieldErrors(parsed.error) };
}
