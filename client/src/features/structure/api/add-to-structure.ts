import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { AreaCreateSchema, GoalCreateSchema, MeasureCreateSchema } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { useInvalidateStructure } from './invalidate-structure';

/** What each kind of item takes; the server answers with the item (its id, or number). */
export type Addition =
  | { kind: 'areas'; body: z.input<typeof AreaCreateSchema> }
  | { kind: 'goals'; body: z.input<typeof GoalCreateSchema> }
  | { kind: 'measures'; body: z.input<typeof MeasureCreateSchema> };
const AddedSchema = z.object({ id: z.number().int() }).loose();

/** Adds a målområde, verksamhetsmål or resultatmått last in its place in the period. */
export function addToStructure(periodId: number, addition: Addition, reason?: string) {
  const body = { ...addition.body, reason };
  return apiSend('POST', `/periods/${periodId}/${addition.kind}`, body, AddedSchema);
}

export function useAddToStructure(periodId: number) {
  const onSettled = useInvalidateStructure();
  return useMutation({
    mutationFn: ({ addition, reason }: { addition: Addition; reason: string | undefined }) =>
      addToStructure(periodId, addition, reason),
    onSettled,
  });
}
