import { queryOptions } from '@tanstack/react-query';
import { MeasureSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by several features (figures, definitions, imports, plans), so it lives in lib: one
// fetcher and one cache entry for /api/measures.

const MeasuresSchema = MeasureSchema.array();

export function getMeasures(context?: ReadContext, period?: number) {
  return apiGet('/measures', MeasuresSchema, { period }, context);
}

/** All resultatmått with their definitions, outcomes and targets (of a period other than the current one). */
export const getMeasuresQueryOptions = (period?: number) =>
  queryOptions({
    queryKey: queryKeys.measures.list(period),
    queryFn: (context) => getMeasures(context, period),
  });
