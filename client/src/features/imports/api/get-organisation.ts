import { queryOptions, useQuery } from '@tanstack/react-query';
import { OrganisationSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getOrganisation(context?: ReadContext) {
  return apiGet('/organisation', OrganisationSchema, {}, context);
}

export const getOrganisationQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.organisation(),
    queryFn: (context) => getOrganisation(context),
  });

/** The organisation's settings: the municipality code Kolada imports ask for. */
export function useOrganisation() {
  return useQuery(getOrganisationQueryOptions());
}
