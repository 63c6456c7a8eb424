import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

const MeasuresSchema = MeasureSchema.array();

export function getMeasures(signal?: AbortSignal) {
  return apiGet('/measures', MeasuresSchema, {}, signal);
}

export const getMeasuresQueryOptions = () =>
  queryOptions({ queryKey: ['measures'], queryFn: ({ signal }) => getMeasures(signal) });

/** All resultatmått with their outcomes and targets. */
export function useMeasures() {
  return useQuery(getMeasuresQueryOptions());
}
