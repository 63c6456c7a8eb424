import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureWithAssessmentSchema } from '@malbild/shared';
import { apiGet, apiUrl } from '../../../lib/api-client';
import { initialAnswer } from '../../../lib/initial-data';

/** The measure, its earlier published values and its assessment over the period. */
export function getMeasure(number: number, signal?: AbortSignal) {
  return apiGet(`/measures/${number}`, MeasureWithAssessmentSchema, {}, signal);
}

export const getMeasureQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ['measures', number],
    queryFn: ({ signal }) => getMeasure(number, signal),
    initialData: () => initialAnswer(apiUrl(`/measures/${number}`), MeasureWithAssessmentSchema),
  });

export function useMeasure(number: number) {
  return useQuery(getMeasureQueryOptions(number));
}
