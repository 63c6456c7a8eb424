import type { ConflictField } from '../../components/conflict-box';
import type { StoredDefinition } from './api/get-definition';
import { FIELDS, toForm, type Field } from './form-model';
import { strings } from './strings';

const labels: Record<Field, string> = {
  name: strings.name,
  statement: strings.statement,
  dataSource: strings.dataSource,
  category: strings.category,
  unit: strings.unit,
  scaleMin: strings.scaleMin,
  scaleMax: strings.scaleMax,
  direction: strings.direction,
  decimals: strings.decimals,
  koladaKpi: strings.koladaKpi,
  responsibleUnit: strings.responsibleUnit,
};

function text(field: Field, definition: StoredDefinition): string {
  if (field === 'direction') return strings.directions[definition.direction];
  if (field === 'responsibleUnit') return definition.responsibleUnit ?? strings.noUnit;
  const written = toForm(definition)[field];
  // An empty scale bound is no bound at all, which is worth saying.
  return written === '' && (field === 'scaleMin' || field === 'scaleMax')
    ? strings.noLimit
    : written;
}

/** What a conflict shows of the definition someone else saved meanwhile. */
export const DEFINITION_FIELDS: readonly ConflictField<StoredDefinition>[] = FIELDS.map(
  (field) => ({
    label: labels[field],
    text: (definition) => text(field, definition),
  }),
);
