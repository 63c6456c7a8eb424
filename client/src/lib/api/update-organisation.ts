import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OrganisationSchema, type OrganisationChangeInput } from '@malbild/shared';
import { apiSend } from '../api-client';
import { getOrganisationQueryOptions } from './get-organisation';

// Changed by the profile's form (admin) and the imports' kommunkod form.

export function updateOrganisation(change: OrganisationChangeInput) {
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
