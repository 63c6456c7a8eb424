import { z } from 'zod';
import { RoleSchema, RolesSchema, UnitCodesSchema } from './auth';

// Sign-in with the municipality's identity provider (OpenID Connect) and the administrator's
// mapping from the provider's groups to roles and units (decision 007).

/** How one may sign in here; the sign-in page offers exactly these. */
export const AuthOptionsSchema = z.object({
  /** Username and password of an account kept in Målbild (MALBILD_LOCAL_LOGIN). */
  localLogin: z.boolean(),
  /** The identity provider, when one is configured: its name on the button. */
  provider: z.object({ name: z.string() }).nullable(),
  /** Whom a user without access should contact (MALBILD_ACCESS_CONTACT). */
  accessContact: z.string(),
});
export type AuthOptions = z.infer<typeof AuthOptionsSchema>;

/** The address to send the browser to, at the provider; the answer of /api/auth/oidc/start. */
export const OidcStartSchema = z.object({ authorizationUrl: z.url() });
export type OidcStart = z.infer<typeof OidcStartSchema>;

/** Sign-out: our session has ended; the provider's own sign-out, when it offers one. */
export const LogoutResultSchema = z.object({ providerLogoutUrl: z.url().nullable() });
export type LogoutResult = z.infer<typeof LogoutResultSchema>;

/**
 * How a sign-in at the provider ended: the callback sends the browser back to the sign-in page
 * with one of these, which the page explains in Swedish.
 */
export const OidcOutcomeSchema = z.enum([
  'signed-in',
  /** Signed in at the provider, but no group maps to a role and no administrator gave one. */
  'no-access',
  /** The account is disabled in Målbild. */
  'disabled',
  /** The user cancelled at the provider, or the provider refused. */
  'cancelled',
  /** The answer was not one we asked for: old, used twice, forged or from another browser. */
  'invalid',
  /** The provider did not answer when we asked for the tokens. */
  'provider-unavailable',
]);
export type OidcOutcome = z.infer<typeof OidcOutcomeSchema>;

/** The search parameter of the sign-in page that carries an OidcOutcome. */
export const OIDC_OUTCOME_PARAM = 'inloggning';

export const GroupMappingSchema = z.object({
  id: z.number().int(),
  /** A value of the group claim: an Entra group's object id, an app role's value, a group name. */
  groupId: z.string(),
  /** What the group is, for the administrator (the provider's name of it). */
  label: z.string(),
  roles: z.array(RoleSchema),
  units: z.array(z.string()),
  version: z.number().int(),
});
export type GroupMapping = z.infer<typeof GroupMappingSchema>;

export const GroupMappingInputSchema = z.object({
  groupId: z
    .string()
    .max(200, 'Gruppens id får ha högst 200 tecken')
    .trim()
    .min(1, 'Fyll i gruppens id'),
  label: z.string().max(200, 'Beskrivningen får ha högst 200 tecken').trim().default(''),
  roles: RolesSchema,
  units: UnitCodesSchema.default([]),
});
export type GroupMappingInput = z.infer<typeof GroupMappingInputSchema>;

export const UpdateGroupMappingSchema = GroupMappingInputSchema.extend({
  /** The version the administrator edited; a stale one is refused with 409. */
  version: z.number().int(),
});
export type UpdateGroupMapping = z.infer<typeof UpdateGroupMappingSchema>;
