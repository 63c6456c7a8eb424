import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  UnitWithCountsSchema,
  type UnitCreate,
  type UnitMerge,
  type UnitRename,
  type UnitRetire,
} from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateActivities } from '../../../lib/api/get-activities';

const UnitSchema = UnitWithCountsSchema.omit({ activityCounts: true });
const MergedSchema = z.object({ unit: UnitSchema, moved: z.array(z.number().int()) });

/** One change of a unit (koncernenhet), as the API takes it. */
export type UnitChange =
  | { kind: 'create'; input: UnitCreate }
  | { kind: 'rename'; code: string; input: UnitRename }
  | { kind: 'retire'; code: string; input: UnitRetire }
  | { kind: 'merge'; code: string; input: UnitMerge };

export async function changeUnit(change: UnitChange): Promise<{ code: string; moved: number }> {
  const path = (code: string) => `/units/${encodeURIComponent(code)}`;
  switch (change.kind) {
    case 'create':
      return { code: (await apiSend('POST', '/units', change.input, UnitSchema)).code, moved: 0 };
    case 'rename':
      await apiSend('PATCH', path(change.code), change.input, UnitSchema);
      return { code: change.code, moved: 0 };
    case 'retire':
      await apiSend('POST', `${path(change.code)}/retire`, change.input, UnitSchema);
      return { code: change.code, moved: 0 };
    case 'merge': {
      const merged = await apiSend(
        'POST',
        `${path(change.code)}/merge`,
        change.input,
        MergedSchema,
      );
      return { code: change.code, moved: merged.moved.length };
    }
  }
}

export function useChangeUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeUnit,
    // Also after a conflict: the list then shows the current version. A merge moves activities.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.units.all() });
      await invalidateActivities(queryClient);
    },
  });
}
