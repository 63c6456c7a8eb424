import { queryOptions } from '@tanstack/react-query';
import { UnitWithCountsSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by several features (activities, plans, user administration), so it lives in lib: one
// fetcher and one cache entry for /api/units.

const UnitsSchema = UnitWithCountsSchema.array();

export function getUnits(context?: ReadContext) {
  return apiGet('/units', UnitsSchema, {}, context);
}

/** Förvaltningar, bolag and förbund with their activity counts per year. */
export const getUnitsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.units.all(), queryFn: (context) => getUnits(context) });
