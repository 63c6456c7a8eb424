import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportCommitResultSchema, type ImportCommit } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';

export function commitImport(commit: ImportCommit) {
  return apiSend('POST', '/imports/commit', commit, ImportCommitResultSchema);
}

/** Commits a preview; every query is then stale, so all pages show the imported figures. */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
