import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** After any structure write: the periods (their areas, goals, history) and the measures. */
export function useInvalidateStructure() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.periods.all() });
    await queryClient.invalidateQueries({ queryKey: queryKeys.measures.all() });
  };
}
