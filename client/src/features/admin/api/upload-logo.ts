import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OrganisationSchema } from '@malbild/shared';
import { apiSend, apiUpload } from '../../../lib/api-client';
import { getOrganisationQueryOptions } from '../../../lib/api/get-organisation';

/** A new logo (its bytes), or none (null), replacing the profile at `version`. */
export function replaceLogo({ file, version }: { file: Blob | null; version: number }) {
  return file
    ? apiUpload('/organisation/logo', { version }, file, OrganisationSchema, 'PUT')
    : apiSend('DELETE', `/organisation/logo?version=${version}`, undefined, OrganisationSchema);
}

export function useReplaceLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceLogo,
    onSuccess: (organisation) =>
      queryClient.setQueryData(getOrganisationQueryOptions().queryKey, organisation),
  });
}
