import type { FastifyBaseLogger } from 'fastify';
import * as client from 'openid-client';
import type { OidcOutcome } from '@malbild/shared';
import { isLoopback, type OidcSettings } from './oidc-config';

/** The provider did not answer: a 503 whose message is for the user (the error handler shows it). */
export class ProviderUnavailableError extends Error {
  readonly statusCode = 503;
  readonly expose = true;
  constructor(providerName: string, cause: unknown) {
    super(
      `Inloggningen med ${providerName} fungerar inte just nu: identitetsleverantören svarar inte. Försök igen om en stund, och kontakta IT-avdelningen om felet består.`,
      { cause },
    );
    this.name = 'ProviderUnavailableError';
  }
}

/** A callback that does not sign anyone in; the browser is sent back to the sign-in page. */
export class OidcRefusedError extends Error {
  constructor(
    readonly reason: Exclude<OidcOutcome, 'signed-in'>,
    /** For the log and the audit trail, never for the browser. */
    readonly detail: string | Record<string, unknown>,
  ) {
    super(typeof detail === 'string' ? detail : reason);
    this.name = 'OidcRefusedError';
  }
}

export interface AuthorizationRequest {
  authorizationUrl: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Seconds to wait for the provider: a hang guard, far beyond any real answer. */
const PROVIDER_TIMEOUT_SECONDS = 15;

/** A failure of the provider or the network, as opposed to an answer that is wrong. */
function isUnavailable(error: unknown): boolean {
  if (error instanceof TypeError) return true; // fetch's network failure
  if (error instanceof client.ResponseBodyError) return error.status >= 500;
  if (error instanceof client.ClientError) {
    if (error.code === 'OAUTH_TIMEOUT' || error.code === 'OAUTH_ABORT') return true;
    const response = error.cause;
    return (
      error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' &&
      response instanceof Response &&
      response.status >= 500
    );
  }
  return false;
}

const messageOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'message' in value
    ? String(value.message)
    : undefined;

/** An error in one line: openid-client says what failed, its cause which check, the provider why. */
function describe(error: unknown): string {
  const parts = [messageOf(error) ?? String(error)];
  if (error instanceof Error) parts.push(messageOf(error.cause) ?? '');
  if (error instanceof client.ResponseBodyError) parts.push(error.error);
  return parts.filter(Boolean).join(': ');
}

/**
 * This app as the provider's client (relying party): the authorization code flow with PKCE,
 * state and nonce, through openid-client. The provider's metadata is read on first use and kept;
 * a failed read is tried again on the next sign-in, so a provider that was down at start works
 * once it is back.
 */
export function createRelyingParty(settings: OidcSettings, log: FastifyBaseLogger) {
  let configuration: Promise<client.Configuration> | undefined;

  const discover = (): Promise<client.Configuration> => {
    configuration ??= client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // Plain HTTP only to a provider on this machine (tests, development); oidc-config
        // refuses it for any other address.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated to stand out, as here
        execute: isLoopback(settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        configuration = undefined;
        log.error(
          { err: error, issuer: settings.issuer.href },
          'identity provider discovery failed',
        );
        throw new ProviderUnavailableError(settings.providerName, error);
      });
    return configuration;
  };

  return {
    settings,

    async authorizationRequest(): Promise<AuthorizationRequest> {
      const config = await discover();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const authorizationUrl = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl.href,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { authorizationUrl, state, nonce, codeVerifier };
    },

    /**
     * The ID token of the provider's answer, checked by openid-client: state, the PKCE verifier
     * (the provider refuses a code without it), the nonce, the issuer, audience and signature.
     */
    async complete(
      query: URLSearchParams,
      expected: { state: string; nonce: string; codeVerifier: string },
    ): Promise<{ claims: client.IDToken; idToken: string }> {
      const config = await discover().catch((error: unknown) => {
        throw new OidcRefusedError('provider-unavailable', describe(error));
      });
      // The address the provider was told to return to, whatever a proxy made of the request's.
      const callbackUrl = new URL(settings.redirectUrl);
      callbackUrl.search = query.toString();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: expected.codeVerifier,
          expectedState: expected.state,
          expectedNonce: expected.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims || !tokens.id_token) throw new Error('no ID token');
        return { claims, idToken: tokens.id_token };
      } catch (error) {
        if (error instanceof client.AuthorizationResponseError) {
          throw new OidcRefusedError(
            'cancelled',
            `${error.error}: ${error.error_description ?? ''}`,
          );
        }
        if (isUnavailable(error)) {
          log.error({ err: error }, 'identity provider did not answer the token request');
          throw new OidcRefusedError('provider-unavailable', describe(error));
        }
        throw new OidcRefusedError('invalid', describe(error));
      }
    },

    /**
     * The provider's sign-out for this ID token, when the provider has one. Our own sign-out
     * never waits for a provider that is down: then there is simply nothing to offer.
     */
    async logoutUrl(idToken: string): Promise<string | null> {
      try {
        const config = await discover();
        if (!config.serverMetadata().end_session_endpoint) return null;
        return client.buildEndSessionUrl(config, {
          id_token_hint: idToken,
          post_logout_redirect_uri: settings.postLogoutRedirectUrl.href,
        }).href;
      } catch (error) {
        log.warn({ err: error }, 'no sign-out at the identity provider to offer');
        return null;
      }
    },
  };
}
export type RelyingParty = ReturnType<typeof createRelyingParty>;
