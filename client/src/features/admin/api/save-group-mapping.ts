import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GroupMappingSchema, type GroupMappingInput } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A new mapping (no id), or a change of one at the version the administrator edited. */
export interface GroupMappingSave {
  id: number | null;
  version: number;
  mapping: GroupMappingInput;
}

export function saveGroupMapping({ id, version, mapping }: GroupMappingSave) {
  return id === null
    ? apiSend('POST', '/group-mappings', mapping, GroupMappingSchema)
    : apiSend('PATCH', `/group-mappings/${id}`, { ...mapping, version }, GroupMappingSchema);
}

export function useSaveGroupMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveGroupMapping,
    // Also after a conflict: the list then shows the current version. The audit log changes too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.all() }),
  });
}
