import { queryOptions } from '@tanstack/react-query';
import { UnitWithCountsSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by several features (activities, plans, user administration), so it lives in lib: one
// fetcher and one cache entry for /api/units.

const UnitsSchema = UnitWithCountsSchema.array();

export function getUnits(context?: ReadContext, period?: number) {
  return apiGet('/units', UnitsSchema, { period }, context);
}

/**
 * Förvaltningar, bolag and förbund with their activity counts per year; `period`: the counts of a
 * period other than the current one (?period=).
 */
export const getUnitsQueryOptions = (period?: number) =>
  queryOptions({
    queryKey: queryKeys.units.list(period),
    queryFn: (context) => getUnits(context, period),
  });
