import { useMutation } from '@tanstack/react-query';
import { OidcStartSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

export function startProviderSignIn(returnTo: string | undefined) {
  return apiGet('/auth/oidc/start', OidcStartSchema, { till: returnTo });
}

/**
 * Asks the server for the provider's address and goes there. Asked first, not linked to: when
 * the provider is down the server says so (503) and the sign-in page shows it.
 */
export function useStartProviderSignIn() {
  return useMutation({
    mutationFn: startProviderSignIn,
    onSuccess: ({ authorizationUrl }) => window.location.assign(authorizationUrl),
  });
}
