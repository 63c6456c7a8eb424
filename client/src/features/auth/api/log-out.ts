import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LogoutResultSchema } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { replaceSession, SIGNED_OUT } from '../../../lib/session';

export function logOut() {
  return apiSend('POST', '/auth/logout', undefined, LogoutResultSchema);
}

/** Signs out and forgets the user's data; also when the server had already ended the session. */
export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSettled: () => replaceSession(queryClient, SIGNED_OUT),
  });
}
