import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureDefinitionSchema } from '@malbild/shared';
import { z } from 'zod';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A definition with the version a change must name. */
export const StoredDefinitionSchema = MeasureDefinitionSchema.extend({ version: z.number().int() });
export type StoredDefinition = z.infer<typeof StoredDefinitionSchema>;

export function getDefinition(number: number, context?: ReadContext) {
  return apiGet(`/measures/${number}/definition`, StoredDefinitionSchema, {}, context);
}

export const getDefinitionQueryOptions = (number: number) =>
  queryOptions({
    queryKey: queryKeys.measures.definition(number),
    queryFn: (context) => getDefinition(number, context),
    // The version matters: start every edit from what is stored now.
    staleTime: 0,
  });

export function useDefinition(number: number) {
  return useQuery(getDefinitionQueryOptions(number));
}
