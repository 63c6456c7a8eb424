import { queryOptions, useQuery } from '@tanstack/react-query';
import { OrganisationSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by every page (the name in the header and the title, contact and licence in the footer
// and beside each download) and by the imports and the profile's form, so it lives in lib.

export function getOrganisation(context?: ReadContext) {
  return apiGet('/organisation', OrganisationSchema, {}, context);
}

export const getOrganisationQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.organisation(),
    queryFn: (context) => getOrganisation(context),
  });

/** The municipality's profile: name, kommunkod, contact, open-data licence, logo. */
export function useOrganisation() {
  return useQuery(getOrganisationQueryOptions());
}
