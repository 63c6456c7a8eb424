import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DefinitionChange } from '@malbild/shared';
import { z } from 'zod';
import { ApiError, apiSend } from '../../../lib/api-client';
import {
  getDefinitionQueryOptions,
  StoredDefinitionSchema,
  type StoredDefinition,
} from './get-definition';

export function updateDefinition(number: number, change: DefinitionChange) {
  return apiSend('PATCH', `/measures/${number}/definition`, change, StoredDefinitionSchema);
}

/** On 409, the definition someone else saved meanwhile; null for any other error. */
export function conflictingDefinition(error: unknown): StoredDefinition | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = z.object({ current: StoredDefinitionSchema }).safeParse(error.body);
  return parsed.success ? parsed.data.current : null;
}

/** Saves changed fields; every page showing the measure then reads it again. */
export function useUpdateDefinition(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: DefinitionChange) => updateDefinition(number, change),
    onSuccess: (stored) => {
      queryClient.setQueryData(getDefinitionQueryOptions(number).queryKey, stored);
      void queryClient.invalidateQueries();
    },
  });
}
