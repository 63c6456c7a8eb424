import { useQuery } from '@tanstack/react-query';
import { getMeasuresQueryOptions } from '../../../lib/api/get-measures';

/** All resultatmått with their outcomes and targets (of another period than the current one). */
export function useMeasures(period?: number) {
  return useQuery(getMeasuresQueryOptions(period));
}
