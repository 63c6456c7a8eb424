import { queryOptions, useQuery } from '@tanstack/react-query';
import { KoladaGroupSchema, KoladaKpiSearchSchema } from '@malbild/shared';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

// Searches in Kolada by title, asked through our server (which rate-limits them and sets the
// timeout): the browser never calls Kolada itself. An empty title asks nothing.

const searchOptions = <T>(key: readonly unknown[], title: string, read: () => Promise<T>) =>
  queryOptions({ queryKey: key, queryFn: read, enabled: title !== '', retry: false });

export const useKoladaKpiSearch = (title: string) =>
  useQuery(
    searchOptions(queryKeys.signedIn.kolada.kpis(title), title, () =>
      apiGet('/kolada/kpis', KoladaKpiSearchSchema, { title }),
    ),
  );

export const useKoladaGroupSearch = (title: string) =>
  useQuery(
    searchOptions(queryKeys.signedIn.kolada.groups(title), title, () =>
      apiGet('/kolada/groups', KoladaGroupSchema.array(), { title }),
    ),
  );
