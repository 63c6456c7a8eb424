import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type Login } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { replaceSession } from '../../../lib/session';

export function logIn(credentials: Login) {
  return apiSend('POST', '/auth/login', credentials, SessionInfoSchema);
}

/** Signs in; the answer is the new session (user and CSRF token) for the whole app. */
export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}
