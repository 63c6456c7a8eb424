import { describe, expect, it } from 'vitest';
import {
  may,
  mayEditActivityOf,
  mayEditControlOf,
  mayReadControl,
  maySeeDrafts,
  mayWriteAnalysisOf,
  rolesFor,
} from './permissions';
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

describe('intern kontroll', () => {
  it("lets controllers and admins keep the koncern's plan and risks, a unit editor only their unit's", () => {
    const editor = user(['unit_editor'], ['VOO']);
    expect(mayEditControlOf(user(['controller']), null)).toBe(true);
    expect(mayEditControlOf(user(['admin']), 'SOU')).toBe(true);
    expect(mayEditControlOf(editor, null)).toBe(false);
    expect(mayEditControlOf(editor, 'VOO')).toBe(true);
    expect(mayEditControlOf(editor, 'SOU')).toBe(false);
    expect(mayEditControlOf(null, 'VOO')).toBe(false);
    expect(rolesFor('publishControl')).toEqual(['admin']);
  });

  it('is read by signed-in users, and by everyone once the year is published', () => {
    expect(mayReadControl(null, false)).toBe(false);
    expect(mayReadControl(user([]), false)).toBe(true);
    expect(mayReadControl(null, true)).toBe(true);
  });
});

describe('mayWriteAnalysisOf and the review', () => {
  it("lets a measure's responsible unit's editors and controllers write its analysis, controllers review", () => {
    const editor = user(['unit_editor'], ['SOU']);
    expect(mayWriteAnalysisOf(editor, 'SOU')).toBe(true);
    expect(mayWriteAnalysisOf(editor, 'KSF')).toBe(false);
    expect(mayWriteAnalysisOf(editor, null)).toBe(false);
    expect(mayWriteAnalysisOf(user(['controller']), null)).toBe(true);
    expect(mayWriteAnalysisOf(null, 'SOU')).toBe(false);
    expect(may(editor, 'reviewFollowUp')).toBe(false);
    expect(may(user(['controller']), 'reviewFollowUp')).toBe(true);
    expect(maySeeDrafts(editor)).toBe(true);
    expect(maySeeDrafts(user([]))).toBe(false);
    expect(maySeeDrafts(null)).toBe(false);
  });
});
