import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseValueInput, valueProblem } from './value-rules';

const share = { scaleMin: 0, scaleMax: 100, decimals: 0 };
const grade = { scaleMin: 0, scaleMax: 20, decimals: 1 };
const count = { scaleMin: 0, scaleMax: null, decimals: 0 };

describe('valueProblem', () => {
  it('refuses values outside the scale', () => {
    expect(valueProblem(share, 101)).toMatch(/högre än 100/);
    expect(valueProblem(count, -1)).toMatch(/lägre än 0/);
    expect(valueProblem(grade, 20.5)).toMatch(/högre än 20/);
  });

  it('refuses more decimals than the measure has', () => {
    expect(valueProblem(count, 2.5)).toBe('Ange ett heltal');
    expect(valueProblem(grade, 14.25)).toBe('Ange högst 1 decimal');
    expect(valueProblem(grade, 14.2)).toBeNull();
  });

  it('accepts every whole count from zero up', () => {
    fc.assert(fc.property(fc.nat(), (n) => valueProblem(count, n) === null));
  });
});

describe('parseValueInput', () => {
  it('reads Swedish input', () => {
    expect(parseValueInput(grade, '14,2')).toEqual({ ok: true, value: 14.2 });
    expect(parseValueInput(count, '26 383')).toEqual({ ok: true, value: 26383 });
    expect(parseValueInput(share, '41 %')).toEqual({ ok: true, value: 41 });
  });

  it('reads empty input as no value, not zero', () => {
    expect(parseValueInput(share, '')).toEqual({ ok: true, value: null });
  });

  it('explains what is wrong', () => {
    expect(parseValueInput(share, 'fyrtio')).toEqual({
      ok: false,
      message: expect.stringMatching(/inte ett tal/),
    });
    expect(parseValueInput(share, '140')).toEqual({
      ok: false,
      message: expect.stringMatching(/högre än 100/),
    });
  });
});
