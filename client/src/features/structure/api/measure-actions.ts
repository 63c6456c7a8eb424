import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeasureRemovalSchema, StoredDefinitionSchema } from '@malbild/shared';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// A measure moved within its goal or removed, at the version it has when the button is pressed:
// a change by someone else in between is a 409, shown as the page's notice.

const versionOf = async (periodId: number, number: number) =>
  (await apiGet(`/measures/${number}/definition`, StoredDefinitionSchema, { period: periodId }))
    .version;

export async function moveMeasure(periodId: number, number: number, position: number) {
  const version = await versionOf(periodId, number);
  const body = { position, version };
  return apiSend('PATCH', `/periods/${periodId}/measures/${number}`, body, StoredDefinitionSchema);
}

/** Removed when nothing is recorded for it, else retired with its data kept. */
export async function removeMeasure(periodId: number, number: number) {
  const version = await versionOf(periodId, number);
  const path = `/periods/${periodId}/measures/${number}?version=${version}`;
  return apiSend('DELETE', path, undefined, MeasureRemovalSchema);
}

export function useMeasureActions(periodId: number) {
  const queryClient = useQueryClient();
  const onSettled = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.periods.all() });
    await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all() });
  };
  return {
    move: useMutation({
      mutationFn: ({ number, position }: { number: number; position: number }) =>
        moveMeasure(periodId, number, position),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (number: number) => removeMeasure(periodId, number),
      onSettled,
    }),
  };
}
