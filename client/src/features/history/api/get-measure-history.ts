import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureHistorySchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

export function getMeasureHistory(number: number, signal?: AbortSignal) {
  return apiGet(`/measures/${number}/history`, MeasureHistorySchema, {}, signal);
}

export const getMeasureHistoryQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ['measures', number, 'history'],
    queryFn: ({ signal }) => getMeasureHistory(number, signal),
  });

/** Every change of the measure's values and definition, and other documents' figures. */
export function useMeasureHistory(number: number) {
  return useQuery(getMeasureHistoryQueryOptions(number));
}
