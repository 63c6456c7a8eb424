import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureWithAssessmentSchema } from '@malbild/shared';
import { ApiError, apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The measure, its earlier published values and its assessment over the period; null when there
 * is no such measure. An answer, not an error: the server renders the not-found page from it
 * (HTTP 404) and the browser hydrates that same page from the cache.
 */
export async function getMeasure(number: number, context?: ReadContext, period?: number) {
  try {
    return await apiGet(`/measures/${number}`, MeasureWithAssessmentSchema, { period }, context);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const getMeasureQueryOptions = (number: number, period?: number) =>
  queryOptions({
    queryKey: queryKeys.measures.detail(number, period),
    queryFn: (context) => getMeasure(number, context, period),
  });

export function useMeasure(number: number, period?: number) {
  return useQuery(getMeasureQueryOptions(number, period));
}
