import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeasureDefinitionSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

// The public list of measures, read only for their definitions (the figures are not needed).
const DefinitionsSchema = MeasureDefinitionSchema.array();

export function getDefinitions(signal?: AbortSignal) {
  return apiGet('/measures', DefinitionsSchema, {}, signal);
}

export const getDefinitionsQueryOptions = () =>
  queryOptions({
    queryKey: ['measures', 'definitions'],
    queryFn: ({ signal }) => getDefinitions(signal),
  });

export function useDefinitions() {
  return useQuery(getDefinitionsQueryOptions());
}
