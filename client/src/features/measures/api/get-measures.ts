import { useQuery } from '@tanstack/react-query';
import { getMeasuresQueryOptions } from '../../../lib/api/get-measures';

/** All resultatmått with their outcomes and targets. */
export function useMeasures() {
  return useQuery(getMeasuresQueryOptions());
}
