import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type UpdateUser, type User } from '@malbild/shared';
import { z } from 'zod';
import { ApiError, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateUser(id: number, change: UpdateUser) {
  return apiSend('PATCH', `/users/${id}`, change, UserSchema);
}

/** On 409, the user as someone else saved it meanwhile; null for any other error. */
export function conflictingUser(error: unknown): User | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = z.object({ current: UserSchema }).safeParse(error.body);
  return parsed.success ? parsed.data.current : null;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: UpdateUser }) => updateUser(id, change),
    // Also after a conflict: the list then shows the current version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.all() }),
  });
}
