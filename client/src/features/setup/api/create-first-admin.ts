import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type FirstAdmin } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { replaceSession } from '../../../lib/session';

export function createFirstAdmin(account: FirstAdmin) {
  return apiSend('POST', '/setup/first-admin', account, SessionInfoSchema);
}

/** Creates the first administrator, who is signed in at once; the first step is then done. */
export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFirstAdmin,
    onSuccess: async (session) => {
      replaceSession(queryClient, session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.setup() });
    },
  });
}
