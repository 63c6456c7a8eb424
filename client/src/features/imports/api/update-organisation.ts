import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OrganisationSchema, type OrganisationChange } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { getOrganisationQueryOptions } from './get-organisation';

export function updateOrganisation(change: OrganisationChange) {
  return apiSend('PUT', '/organisation', change, OrganisationSchema);
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (organisation) =>
      queryClient.setQueryData(getOrganisationQueryOptions().queryKey, organisation),
  });
}
