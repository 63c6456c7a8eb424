import { useQuery } from '@tanstack/react-query';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';

/** Förvaltningar, bolag and förbund with their activity counts per year. */
export function useUnits(period?: number) {
  return useQuery(getUnitsQueryOptions(period));
}
