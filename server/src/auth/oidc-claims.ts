import type { IDToken } from 'openid-client';
import { z } from 'zod';
import type { ProviderIdentity } from '../db/identity-users';
import type { OidcSettings } from './oidc-config';
import { OidcRefusedError } from './oidc-relying-party';

const MAX_GROUPS = 1000;
const MAX_NAME = 100;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => value?.trim() || undefined);

const ProfileSchema = z.object({
  name: optionalText,
  preferred_username: optionalText,
  email: optionalText,
});

/** Entra ID's "overage": too many groups for the token, which then names a Graph query instead. */
function hasGroupOverage(claims: IDToken, groupsClaim: string): boolean {
  const names = (claims as { _claim_names?: unknown })._claim_names;
  return typeof names === 'object' && names !== null && groupsClaim in names;
}

/**
 * Who signed in, from the ID token's claims: the stable claim that names the account (a token
 * without it is refused), the profile for the username and display name, and the groups. Group
 * values that are not short texts are ignored, so a strange token cannot grant anything.
 */
export function identityFromClaims(
  claims: IDToken,
  settings: OidcSettings,
): { identity: ProviderIdentity; groupOverage: boolean } {
  const subject = text(255).safeParse(claims[settings.subjectClaim]);
  if (!subject.success) {
    throw new OidcRefusedError('invalid', `the ID token has no ${settings.subjectClaim} claim`);
  }
  const profile = ProfileSchema.parse(claims);
  const rawGroups = claims[settings.groupsClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : [])
    .filter((group): group is string => typeof group === 'string' && group.length <= 200)
    .slice(0, MAX_GROUPS);
  const displayName = (profile.name ?? profile.preferred_username ?? profile.email ?? subject.data)
    .slice(0, MAX_NAME)
    .trim();
  return {
    identity: {
      issuer: claims.iss,
      claim: settings.subjectClaim,
      subject: subject.data,
      usernameHint: profile.preferred_username ?? profile.email ?? profile.name ?? '',
      displayName,
      groups,
    },
    groupOverage: hasGroupOverage(claims, settings.groupsClaim),
  };
}
