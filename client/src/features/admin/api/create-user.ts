import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type CreateUser } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createUser(user: CreateUser) {
  return apiSend('POST', '/users', user, UserSchema);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    // The list and the audit log both change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.all() }),
  });
}
