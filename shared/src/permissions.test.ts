import { describe, expect, it } from 'vitest';
import { may, mayEditActivityOf, rolesFor } from './permissions';
import type { Role, User } from './schemas/auth';

const user = (roles: Role[], units: string[] = []): User => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  roles,
  units,
  disabled: false,
  version: 1,
});

describe('may', () => {
  it('grants a permission to the roles listed for it and to nobody signed out', () => {
    expect(may(user(['controller']), 'enterValues')).toBe(true);
    expect(may(user(['unit_editor'], ['SOU']), 'enterValues')).toBe(false);
    expect(may(user(['unit_editor'], ['SOU']), 'editActivities')).toBe(true);
    expect(may(user(['controller']), 'administer')).toBe(false);
    expect(may(user(['admin']), 'administer')).toBe(true);
    expect(may(null, 'editActivities')).toBe(false);
    expect(rolesFor('administer')).toEqual(['admin']);
  });
});

describe('mayEditActivityOf', () => {
  it('lets controllers and admins edit every unit, a unit editor only where one of their units is responsible', () => {
    expect(mayEditActivityOf(user(['controller']), ['VBK'])).toBe(true);
    expect(mayEditActivityOf(user(['admin']), [])).toBe(true);
    const editor = user(['unit_editor'], ['SOU']);
    expect(mayEditActivityOf(editor, ['SOU'])).toBe(true);
    expect(mayEditActivityOf(editor, ['SOU', 'KSF'])).toBe(true);
    expect(mayEditActivityOf(editor, ['KSF'])).toBe(false);
    expect(mayEditActivityOf(editor, [])).toBe(false);
    expect(mayEditActivityOf(user([], ['SOU']), ['SOU'])).toBe(false);
    expect(mayEditActivityOf(null, ['SOU'])).toBe(false);
  });
});
