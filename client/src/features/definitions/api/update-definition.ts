import { useMutation, useQueryClient } from '@tanstack/react-query';
import { StoredDefinitionSchema, type MeasureChange } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { conflictCurrent } from '../../../lib/versioned-form';
import { getDefinitionQueryOptions, type StoredDefinition } from './get-definition';

/** A definition change, and where the measure stands (goalId): the period's structure write. */
export function updateDefinition(periodId: number, number: number, change: MeasureChange) {
  return apiSend(
    'PATCH',
    `/periods/${periodId}/measures/${number}`,
    change,
    StoredDefinitionSchema,
  );
}

/** On 409, the definition someone else saved meanwhile; null for any other error. */
export function conflictingDefinition(error: unknown): StoredDefinition | null {
  return conflictCurrent(error, StoredDefinitionSchema);
}

/** Saves changed fields; every page showing the measure then reads it again. */
export function useUpdateDefinition(periodId: number, number: number, shownPeriod?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MeasureChange) => updateDefinition(periodId, number, change),
    onSuccess: (stored) => {
      queryClient.setQueryData(getDefinitionQueryOptions(number, shownPeriod).queryKey, stored);
      void queryClient.invalidateQueries();
    },
  });
}
