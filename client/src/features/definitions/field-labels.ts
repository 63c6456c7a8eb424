import type { Field } from './form-model';
import { strings } from './strings';

export const fieldLabels: Record<Field, string> = {
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
};
