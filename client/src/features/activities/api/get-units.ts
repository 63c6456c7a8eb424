import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitWithCountsSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

const UnitsSchema = UnitWithCountsSchema.array();

export function getUnits(signal?: AbortSignal) {
  return apiGet('/units', UnitsSchema, {}, signal);
}

export const getUnitsQueryOptions = () =>
  queryOptions({ queryKey: ['units'], queryFn: ({ signal }) => getUnits(signal) });

/** Förvaltningar, bolag and förbund with their activity counts per year. */
export function useUnits() {
  return useQuery(getUnitsQueryOptions());
}
