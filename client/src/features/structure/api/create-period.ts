import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PeriodSchema, type PeriodCreate } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A new period in planning, empty or copied from another. */
export function createPeriod(input: PeriodCreate) {
  return apiSend('POST', '/periods', input, PeriodSchema);
}

export function useCreatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPeriod,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.periods.all() }),
  });
}
