import { describe, expect, it } from 'vitest';
import { outcomeStatusFromText } from './outcome-status';
import { OUTCOME_STATUS_LABELS } from './schemas/import';

describe('outcomeStatusFromText', () => {
  it('reads the labels, the codes and the short forms, in any case and spacing', () => {
    for (const [status, label] of Object.entries(OUTCOME_STATUS_LABELS)) {
      expect(outcomeStatusFromText(label)).toBe(status);
      expect(outcomeStatusFromText(status)).toBe(status);
    }
    expect(outcomeStatusFromText('  PREL ')).toBe('preliminary');
    expect(outcomeStatusFromText('Preliminär')).toBe('preliminary');
    expect(outcomeStatusFromText('del  av  året')).toBe('partial');
    expect(outcomeStatusFromText('Del av år')).toBe('partial');
    expect(outcomeStatusFromText('kanske')).toBeNull();
    expect(outcomeStatusFromText('')).toBeNull();
  });
});
