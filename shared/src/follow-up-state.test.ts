import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVITY_DISPLAY_STATUS_LABELS,
  activityDisplayStatus,
  addDays,
  completenessState,
  nextFollowUp,
  swedishDay,
} from './follow-up-state';
import { ActivityStatusSchema } from './schemas/activity-plan';
import type { Deadline, DeadlineKind } from './schemas/deadline';

const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const followUp = fc.option(
  fc.constantFrom(...ActivityStatusSchema.options).map((status) => ({ status })),
  { nil: null },
);

describe('activityDisplayStatus', () => {
  it('shows "Ej uppföljd" the day after the deadline when nothing was followed up', () => {
    expect(activityDisplayStatus('2025-02-01', '2025-01-31', null)).toBe('not_followed_up');
    expect(ACTIVITY_DISPLAY_STATUS_LABELS.not_followed_up).toBe('Ej uppföljd');
    expect(activityDisplayStatus('2025-01-31', '2025-01-31', null)).toBe('planned');
  });

  it('changes nothing without a deadline', () => {
    fc.assert(
      fc.property(day, followUp, (today, latest) => {
        expect(activityDisplayStatus(today, null, latest)).toBe(latest?.status ?? 'planned');
      }),
    );
  });

  it('always shows a follow-up as reported, whatever the day', () => {
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), followUp, (today, deadline, latest) => {
        fc.pre(latest !== null);
        expect(activityDisplayStatus(today, deadline, latest)).toBe(latest.status);
      }),
    );
  });

  it('is "Ej uppföljd" exactly when the deadline has passed and there is no follow-up', () => {
    fc.assert(
      fc.property(day, day, followUp, (today, deadline, latest) => {
        const shown = activityDisplayStatus(today, deadline, latest);
        expect(shown === 'not_followed_up').toBe(latest === null && today > deadline);
      }),
    );
  });

  it('never goes back to "Planerad" as the days pass', () => {
    fc.assert(
      fc.property(day, day, fc.nat(4000), (today, deadline, later) => {
        if (activityDisplayStatus(today, deadline, null) === 'not_followed_up') {
          expect(activityDisplayStatus(addDays(today, later), deadline, null)).toBe(
            'not_followed_up',
          );
        }
      }),
    );
  });
});

describe('days', () => {
  it("takes Sweden's calendar day, not UTC's", () => {
    expect(swedishDay(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(swedishDay(new Date('2024-06-30T21:59:00Z'))).toBe('2024-06-30');
  });

  it('adds days across months and years', () => {
    expect(addDays('2024-12-25', 7)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('completenessState', () => {
  it('is done when done, missing without a date, late after the day, due until it', () => {
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), fc.boolean(), (today, due, done) => {
        const state = completenessState(today, due, done);
        if (done) expect(state).toBe('done');
        else if (due === null) expect(state).toBe('missing');
        else expect(state).toBe(today > due ? 'late' : 'due');
      }),
    );
  });
});

describe('nextFollowUp', () => {
  const dated = (kind: DeadlineKind, dueDate: string | null): Deadline => ({
    year: 2025,
    kind,
    dueDate,
    version: 1,
    updatedAt: null,
    updatedBy: null,
  });

  it('is the first outcome milestone from today, the day itself included', () => {
    const calendar = [
      dated('annual_outcomes', '2026-02-15'),
      dated('interim_outcomes', '2025-08-31'),
      dated('plans', '2025-06-01'),
      dated('interim_analyses', '2025-07-01'),
    ];
    expect(nextFollowUp(calendar, '2025-06-01')?.dueDate).toBe('2025-08-31');
    expect(nextFollowUp(calendar, '2025-08-31')?.dueDate).toBe('2025-08-31');
    expect(nextFollowUp(calendar, '2025-09-01')?.kind).toBe('annual_outcomes');
    expect(nextFollowUp(calendar, '2026-02-16')).toBeNull();
    expect(nextFollowUp([dated('annual_outcomes', null)], '2025-01-01')).toBeNull();
  });
});
