import { queryOptions, useQuery } from '@tanstack/react-query';
import { SetupStatusSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by the first-run page and the user's menu (its "Kom igång" link while steps remain),
// so it lives in lib.

export function getSetupStatus(context?: ReadContext) {
  return apiGet('/setup', SetupStatusSchema, {}, context);
}

export const getSetupStatusQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.setup(),
    queryFn: (context) => getSetupStatus(context),
    // Each step is done on its own page: coming back must show it done.
    staleTime: 0,
  });

/** Which steps of setting up the municipality are done, and the period they go on with. */
export function useSetupStatus({ enabled = true } = {}) {
  return useQuery({ ...getSetupStatusQueryOptions(), enabled });
}
