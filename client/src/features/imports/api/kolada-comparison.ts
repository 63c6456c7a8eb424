import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KoladaStatusSchema, type KoladaGroupChoice, type KoladaStatus } from '@malbild/shared';
import { apiGet, apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// The comparison with Kolada: its state, a refresh now, and the administrator's group choice.
// Both writes answer with the new state; the measures' comparisons are read again after them.

export const getKoladaStatusQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.signedIn.kolada.status(),
    queryFn: (context) => apiGet('/kolada/status', KoladaStatusSchema, {}, context),
  });

export const useKoladaStatus = () => useQuery(getKoladaStatusQueryOptions());

function useStatusWrite<Input>(send: (input: Input) => Promise<KoladaStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (status) => {
      queryClient.setQueryData(getKoladaStatusQueryOptions().queryKey, status);
      await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all() });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.kolada.status() }),
  });
}

export const useRefreshKolada = () =>
  useStatusWrite(() => apiSend('POST', '/kolada/refresh', undefined, KoladaStatusSchema));

export const useChooseKoladaGroup = () =>
  useStatusWrite((choice: KoladaGroupChoice) =>
    apiSend('PUT', '/kolada/group', choice, KoladaStatusSchema),
  );
