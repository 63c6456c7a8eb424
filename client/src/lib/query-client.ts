import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published figures change a few times a year: no need to refetch on every focus.
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // Only a lost connection or a 5xx may get better by asking again; a 4xx or an answer
        // outside the contract will not.
        retry: (failureCount, error) =>
          error instanceof ApiError &&
          (error.status === 0 || error.status >= 500) &&
          failureCount < 2,
      },
    },
  });
}
