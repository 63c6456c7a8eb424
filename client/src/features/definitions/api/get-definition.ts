import { queryOptions, useQuery } from '@tanstack/react-query';
import { StoredDefinitionSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type { StoredDefinition } from '@malbild/shared';

/** A measure's definition with the version a change must name (of a period, else the current). */
export function getDefinition(number: number, period?: number, context?: ReadContext) {
  return apiGet(`/measures/${number}/definition`, StoredDefinitionSchema, { period }, context);
}

export const getDefinitionQueryOptions = (number: number, period?: number) =>
  queryOptions({
    queryKey: queryKeys.measures.definition(number, period),
    queryFn: (context) => getDefinition(number, period, context),
    // The version matters: start every edit from what is stored now.
    staleTime: 0,
  });

export function useDefinition(number: number, period?: number) {
  return useQuery(getDefinitionQueryOptions(number, period));
}
