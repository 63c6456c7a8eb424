import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-client';
import { changedFields, conflictCurrent } from './versioned-form';

describe('changedFields', () => {
  it('keeps only what differs from the form as loaded, lists by their items in order', () => {
    const loaded = { name: 'Andel', units: ['SOU', 'KSF'], kpi: '' };
    expect(changedFields({ ...loaded, units: ['SOU', 'KSF'] }, loaded)).toEqual({});
    expect(changedFields({ ...loaded, name: 'Andel behöriga' }, loaded)).toEqual({
      name: 'Andel behöriga',
    });
    // The order of responsible units is how the plan writes them: a new order is an edit.
    expect(changedFields({ ...loaded, units: ['KSF', 'SOU'] }, loaded)).toEqual({
      units: ['KSF', 'SOU'],
    });
  });
});

describe('conflictCurrent', () => {
  const Schema = z.object({ code: z.string(), version: z.number() });
  const refusal = (status: number, body: unknown) => new ApiError('Nej', status, [], body);

  it('reads the current value of a 409, checked with its schema', () => {
    const current = { code: '0180', version: 3 };
    expect(conflictCurrent(refusal(409, { error: 'Conflict', current }), Schema)).toEqual(current);
  });

  it('is null for any other refusal, or a 409 without a current value of that shape', () => {
    expect(conflictCurrent(refusal(400, { current: { code: '0180', version: 3 } }), Schema)).toBe(
      null,
    );
    expect(conflictCurrent(refusal(409, { error: 'Conflict' }), Schema)).toBe(null);
    expect(conflictCurrent(refusal(409, null), Schema)).toBe(null);
    expect(conflictCurrent(new Error('nät'), Schema)).toBe(null);
  });
});
