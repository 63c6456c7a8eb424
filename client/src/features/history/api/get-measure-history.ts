import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureHistorySchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getMeasureHistory(number: number, context?: ReadContext) {
  return apiGet(`/measures/${number}/history`, MeasureHistorySchema, {}, context);
}

export const getMeasureHistoryQueryOptions = (number: number) =>
  queryOptions({
    queryKey: queryKeys.measures.history(number),
    queryFn: (context) => getMeasureHistory(number, context),
  });

/** Every change of the measure's values and definition, and other documents' figures. */
export function useMeasureHistory(number: number) {
  return useQuery(getMeasureHistoryQueryOptions(number));
}
