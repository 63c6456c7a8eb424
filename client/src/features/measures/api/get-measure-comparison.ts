import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureComparisonSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The measure's comparison with the country and a group, as the server stored it from Kolada. */
export function getMeasureComparison(number: number, context?: ReadContext, period?: number) {
  return apiGet(`/measures/${number}/comparison`, MeasureComparisonSchema, { period }, context);
}

export const getMeasureComparisonQueryOptions = (number: number, period?: number) =>
  queryOptions({
    queryKey: queryKeys.measures.comparison(number, period),
    queryFn: (context) => getMeasureComparison(number, context, period),
  });

/** undefined while loading or when it failed: the page is whole without a comparison. */
export function useMeasureComparison(number: number, period?: number) {
  return useQuery(getMeasureComparisonQueryOptions(number, period)).data ?? undefined;
}
