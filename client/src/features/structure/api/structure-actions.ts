import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { MeasureRemovalSchema, StoredDefinitionSchema } from '@malbild/shared';
import { ApiError, apiGet, apiSend } from '../../../lib/api-client';
import { removalPath } from '../../../lib/removal';
import { useInvalidateStructure } from './invalidate-structure';

// A målområde, verksamhetsmål or resultatmått moved one place or removed, at the version the
// page shows (a measure's is read when the button is pressed): a change by someone else in
// between is a 409, shown as the page's notice. The API decides whether a measure is removed or
// retired, and refuses to remove an area or goal that is not empty; the notice says its answer.

/** Which item: an area or goal by its id and version, a measure by its number. */
export type StructureItem =
  { kind: 'areas' | 'goals'; id: number; version: number } | { kind: 'measures'; number: number };

export interface StructureAction {
  item: StructureItem;
  reason: string;
}

const MovedSchema = z.object({ number: z.number().int().optional() }).loose();
const RemovedSchema = z.union([MeasureRemovalSchema, z.null()]);

async function addressAndVersion(periodId: number, item: StructureItem) {
  if (item.kind !== 'measures') {
    return { path: `/periods/${periodId}/${item.kind}/${item.id}`, version: item.version };
  }
  const stored = await apiGet(`/measures/${item.number}/definition`, StoredDefinitionSchema, {
    period: periodId,
  });
  return { path: `/periods/${periodId}/measures/${item.number}`, version: stored.version };
}

/** To `position` (1 = first) among its siblings; a measure answers with its new number. */
export async function moveItem(
  periodId: number,
  { item, reason }: StructureAction,
  position: number,
) {
  const { path, version } = await addressAndVersion(periodId, item);
  const body = { position, version, reason: reason.trim() || undefined };
  return apiSend('PATCH', path, body, MovedSchema);
}

/** Removed; a measure with data is retired instead (`{ outcome }`), an area or goal answers 204. */
export async function removeItem(periodId: number, { item, reason }: StructureAction) {
  const { path, version } = await addressAndVersion(periodId, item);
  return apiSend('DELETE', removalPath(path, version, reason), undefined, RemovedSchema);
}

/** What the API said when it refused: the refused field's message, else its message. */
export function refusalText(error: Error): string {
  return (error instanceof ApiError && error.fields[0]?.message) || error.message;
}

export function useStructureActions(periodId: number) {
  const onSettled = useInvalidateStructure();
  return {
    move: useMutation({
      mutationFn: ({ action, position }: { action: StructureAction; position: number }) =>
        moveItem(periodId, action, position),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (action: StructureAction) => removeItem(periodId, action),
      onSettled,
    }),
  };
}
