import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureDefinitionSchema } from '@malbild/shared';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client';

/** A definition with the version a change must name. */
export const StoredDefinitionSchema = MeasureDefinitionSchema.extend({ version: z.number().int() });
export type StoredDefinition = z.infer<typeof StoredDefinitionSchema>;

export function getDefinition(number: number, signal?: AbortSignal) {
  return apiGet(`/measures/${number}/definition`, StoredDefinitionSchema, {}, signal);
}

export const getDefinitionQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ['measures', number, 'definition'],
    queryFn: ({ signal }) => getDefinition(number, signal),
    // The version matters: start every edit from what is stored now.
    staleTime: 0,
  });

export function useDefinition(number: number) {
  return useQuery(getDefinitionQueryOptions(number));
}
