import { useQuery } from '@tanstack/react-query';
import { getMeasuresQueryOptions } from '../../../lib/api/get-measures';

/** The public list of measures, here read for their definitions. */
export function useDefinitions(period?: number) {
  return useQuery(getMeasuresQueryOptions(period));
}
