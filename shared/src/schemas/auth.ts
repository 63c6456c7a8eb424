import { z } from 'zod';
import { optionalEmail } from './text';

// admin: users, units, periods · controller: outcomes, targets, measure definitions ·
// unit_editor: the activities of the units the user belongs to.
export const RoleSchema = z.enum(['admin', 'controller', 'unit_editor']);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administratör',
  controller: 'Controller',
  unit_editor: 'Redaktör för förvaltning/bolag',
};

export const UsernameSchema = z
  .string()
  .max(100, 'Användarnamnet får ha högst 40 tecken')
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{2,40}$/,
    'Användarnamnet får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (2–40 tecken)',
  );

export const PasswordSchema = z
  .string()
  .min(12, 'Lösenordet måste ha minst 12 tecken')
  .max(200, 'Lösenordet får ha högst 200 tecken');

export const LoginSchema = z.object({
  username: z
    .string()
    .max(100, 'Användarnamnet får ha högst 40 tecken')
    .trim()
    .toLowerCase()
    .min(1, 'Fyll i användarnamn'),
  password: z.string().min(1, 'Fyll i lösenord').max(200),
});
export type Login = z.infer<typeof LoginSchema>;

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  units: z.array(z.string()),
  disabled: z.boolean(),
  version: z.number().int(),
  /** Where reminders go (decision 018); null: in the app only. Absent where it was not read. */
  email: z.string().nullable().optional(),
});
export type User = z.infer<typeof UserSchema>;

export const SessionInfoSchema = z.object({
  user: UserSchema.nullable(),
  /** Sent back in the X-CSRF-Token header on every write made with the session cookie. */
  csrfToken: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const RolesSchema = z
  .array(RoleSchema)
  .min(1, 'Välj minst en roll')
  .max(RoleSchema.options.length);

export const UnitCodesSchema = z
  .array(
    z
      .string()
      .max(10, 'Ogiltig enhetskod')
      .regex(/^[A-ZÅÄÖ0-9]{1,10}$/, 'Ogiltig enhetskod'),
  )
  .max(50);

export const CreateUserSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1, 'Fyll i namn').max(100),
  password: PasswordSchema,
  roles: RolesSchema,
  units: UnitCodesSchema.default([]),
  email: optionalEmail('anna.andersson@kommun.se'),
});
export type CreateUser = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z.object({
  displayName: z.string().trim().min(1, 'Fyll i namn').max(100).optional(),
  password: PasswordSchema.optional(),
  roles: RolesSchema.optional(),
  units: UnitCodesSchema.optional(),
  email: optionalEmail('anna.andersson@kommun.se').optional(),
  disabled: z.boolean().optional(),
  /** The version the admin edited; a stale one is refused with 409. */
  version: z.number().int(),
});
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

/** One event of the audit trail (sign-ins, account changes); `detail` is the event's JSON as text. */
export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
