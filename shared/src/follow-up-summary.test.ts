import { describe, expect, it } from 'vitest';
import { followUpSummary, type ActivityStatus } from './schemas/activity-plan';

const activity = (status: ActivityStatus, followedUp: boolean, year = 2023) => ({
  status,
  year,
  followUp: followedUp ? { status } : null,
});

describe('followUpSummary', () => {
  it('says that nothing is followed up instead of "0 av N genomförda"', () => {
    const planned = Array.from({ length: 120 }, () => activity('planned', false));
    expect(followUpSummary(planned)).toBe('Ingen målaktivitet för 2023 är uppföljd än');
    expect(followUpSummary([activity('planned', false), activity('planned', false, 2024)])).toBe(
      'Ingen av målaktiviteterna är uppföljd än',
    );
  });

  it('counts the done ones beside the followed-up ones until every one is followed up', () => {
    const some = [activity('done', true), activity('postponed', true), activity('planned', false)];
    expect(followUpSummary(some)).toBe('1 av 3 genomförda (2 av 3 uppföljda)');
    const all = [activity('done', true), activity('not_done', true)];
    expect(followUpSummary(all)).toBe('1 av 2 genomförda');
    expect(followUpSummary([])).toBe('0 av 0 genomförda');
  });
});
