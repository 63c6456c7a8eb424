import { ROLE_LABELS, type Role, type User } from '@malbild/shared';
import type { ConflictField } from '../../components/conflict-box';
import { strings } from './strings';

// What an admin can change on a user, as the form holds it; a change holds only what differs
// from the version the admin started from, so someone else's other changes are kept.

export interface UserForm {
  displayName: string;
  /** Empty keeps the current password. */
  password: string;
  roles: Role[];
  units: string[];
  /** Where reminders go; empty: in the app only. */
  email: string;
}

export const formOf = (user: User): UserForm => ({
  displayName: user.displayName,
  password: '',
  roles: [...user.roles],
  units: [...user.units],
  email: user.email ?? '',
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function editsOf(form: UserForm, pristine: UserForm): Partial<UserForm> {
  return {
    ...(form.displayName !== pristine.displayName && { displayName: form.displayName }),
    ...(form.password !== pristine.password && { password: form.password }),
    ...(!sameSet(form.roles, pristine.roles) && { roles: form.roles }),
    ...(!sameSet(form.units, pristine.units) && { units: form.units }),
    ...(form.email !== pristine.email && { email: form.email }),
  };
}

/** What a conflict shows of the user someone else saved meanwhile. */
export const USER_FIELDS: readonly ConflictField<User>[] = [
  { label: strings.displayName, text: (user) => user.displayName },
  { label: strings.roles, text: (user) => user.roles.map((role) => ROLE_LABELS[role]).join(', ') },
  { label: strings.units, text: (user) => user.units.join(', ') },
  { label: strings.email, text: (user) => user.email ?? '' },
  {
    label: strings.columnStatus,
    text: (user) => (user.disabled ? strings.disabled : strings.active),
  },
];
