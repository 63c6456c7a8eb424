import { z } from 'zod';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

// zod's Swedish locale speaks to developers ("förväntat antal, fick NaN"); a reader who typed
// ?year=xyz needs to be told what to write instead.
function plainSwedish(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'Ange ett heltal';
      if (issue.expected === 'number') return 'Ange ett tal';
      return undefined;
    case 'too_small':
      return issue.origin === 'number'
        ? `Värdet får inte vara mindre än ${issue.minimum}`
        : undefined;
    case 'too_big':
      return issue.origin === 'number'
        ? `Värdet får inte vara större än ${issue.maximum}`
        : undefined;
    default:
      return undefined;
  }
}

/** Validation messages in Swedish, for every zod schema this process checks. */
export function useSwedishValidationMessages(): void {
  z.config({ ...z.locales.sv(), customError: plainSwedish });
}
