import type { Role, UpdateUser, User } from '@malbild/shared';

// What an admin can change on a user, as the form holds it; a change holds only what differs
// from the version the admin started from, so someone else's other changes are kept.

export interface UserForm {
  displayName: string;
  /** Empty keeps the current password. */
  password: string;
  roles: Role[];
  units: string[];
}

export const formOf = (user: User): UserForm => ({
  displayName: user.displayName,
  password: '',
  roles: [...user.roles],
  units: [...user.units],
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function editsOf(form: UserForm, base: User): Omit<UpdateUser, 'version'> {
  return {
    ...(form.displayName !== base.displayName && { displayName: form.displayName }),
    ...(form.password !== '' && { password: form.password }),
    ...(!sameSet(form.roles, base.roles) && { roles: form.roles }),
    ...(!sameSet(form.units, base.units) && { units: form.units }),
  };
}
