import {
  DefinitionChangeSchema,
  formatSwedishNumber,
  parseSwedishNumber,
  type DefinitionChange,
  type MeasureDefinition,
} from '@malbild/shared';
import { zodFieldErrors, type FieldErrors } from '../../lib/field-errors';
import type { StoredDefinition } from './api/get-definition';
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
] as const satisfies readonly (keyof MeasureDefinition)[];
export type Field = (typeof FIELDS)[number];
export type DefinitionTexts = Record<Field, string>;

const scaleText = (value: number | null) =>
  value === null ? '' : formatSwedishNumber(value, 4).replace(/,?0+$/, '');

export function toForm(definition: MeasureDefinition): DefinitionTexts {
  return {
    ...definition,
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

export type ChangeOrErrors = { change: DefinitionChange } | { errors: FieldErrors };

export function changeFrom(
  form: DefinitionTexts,
  base: StoredDefinition,
  reason: string,
): ChangeOrErrors {
  const errors: FieldErrors = {};
  const typed: MeasureDefinition = {
    number: base.number,
    name: form.name.trim(),
    statement: form.statement.trim(),
    dataSource: form.dataSource.trim(),
    category: form.category as MeasureDefinition['category'],
    unit: form.unit.trim(),
    scaleMin: scaleValue(form.scaleMin, 'scaleMin', errors),
    scaleMax: scaleValue(form.scaleMax, 'scaleMax', errors),
    direction: form.direction as MeasureDefinition['direction'],
    decimals: Number(form.decimals),
    koladaKpi: form.koladaKpi.trim() || null,
  };
  if (typed.scaleMin !== null && typed.scaleMax !== null && typed.scaleMin >= typed.scaleMax) {
    errors.scaleMax = strings.scaleOrder;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const changed = FIELDS.filter((field) => typed[field] !== base[field]);
  const parsed = DefinitionChangeSchema.safeParse({
    ...Object.fromEntries(changed.map((field) => [field, typed[field]])),
    version: base.version,
    reason: reason.trim() || undefined,
  });
  return parsed.success ? { change: parsed.data } : { errors: zodFieldErrors(parsed.error) };
}
