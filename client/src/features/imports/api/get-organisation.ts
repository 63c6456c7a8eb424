import { queryOptions, useQuery } from '@tanstack/react-query';
import { OrganisationSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

export function getOrganisation(signal?: AbortSignal) {
  return apiGet('/organisation', OrganisationSchema, {}, signal);
}

export const getOrganisationQueryOptions = () =>
  queryOptions({ queryKey: ['organisation'], queryFn: ({ signal }) => getOrganisation(signal) });

/** The organisation's settings: the municipality code Kolada imports ask for. */
export function useOrganisation() {
  return useQuery(getOrganisationQueryOptions());
}
