import { queryOptions } from '@tanstack/react-query';
import { MeasureSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by several features (figures, definitions, imports, plans), so it lives in lib: one
// fetcher and one cache entry for /api/measures.

const MeasuresSchema = MeasureSchema.array();

export function getMeasures(context?: ReadContext) {
  return apiGet('/measures', MeasuresSchema, {}, context);
}

/** All resultatmått with their definitions, outcomes and targets. */
export const getMeasuresQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.measures.list(), queryFn: (context) => getMeasures(context) });
