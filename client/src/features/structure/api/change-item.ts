import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { AreaSchema, GoalSchema, type AreaChange, type GoalChange } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { useInvalidateStructure } from './invalidate-structure';

// A målområde renamed, a verksamhetsmål renamed, described or moved to another area: the forms
// save against the version the period showed, and a 409 carries the item as stored now.

export const StoredAreaSchema = AreaSchema.omit({ goals: true });
export type StoredArea = z.infer<typeof StoredAreaSchema>;
export const StoredGoalSchema = GoalSchema.omit({ measureNumbers: true });
export type StoredGoal = z.infer<typeof StoredGoalSchema>;

export function changeArea(periodId: number, id: number, change: AreaChange) {
  return apiSend('PATCH', `/periods/${periodId}/areas/${id}`, change, StoredAreaSchema);
}

export function changeGoal(periodId: number, id: number, change: GoalChange) {
  return apiSend('PATCH', `/periods/${periodId}/goals/${id}`, change, StoredGoalSchema);
}

export function useChangeArea(periodId: number) {
  const onSettled = useInvalidateStructure();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: AreaChange }) =>
      changeArea(periodId, id, change),
    onSettled,
  });
}

export function useChangeGoal(periodId: number) {
  const onSettled = useInvalidateStructure();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: GoalChange }) =>
      changeGoal(periodId, id, change),
    onSettled,
  });
}
