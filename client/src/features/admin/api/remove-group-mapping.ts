import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { GroupMapping } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function removeGroupMapping({ id, version }: GroupMapping) {
  return apiSend('DELETE', `/group-mappings/${id}?version=${version}`, undefined, z.null());
}

export function useRemoveGroupMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeGroupMapping,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.all() }),
  });
}
