import { queryOptions } from '@tanstack/react-query';
import { StructureHistoryEntrySchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getStructureHistory(periodId: number, context?: ReadContext) {
  return apiGet(`/periods/${periodId}/history`, StructureHistoryEntrySchema.array(), {}, context);
}

/** Every change of the period and its structure, newest first (who, when, old → new, why). */
export const getStructureHistoryQueryOptions = (periodId: number) =>
  queryOptions({
    queryKey: queryKeys.periods.history(periodId),
    queryFn: (context) => getStructureHistory(periodId, context),
  });
