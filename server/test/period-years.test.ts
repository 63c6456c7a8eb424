import { describe, expect, it } from 'vitest';
import type { EntrySaveResult, ErrorResponse, ImportPreview } from '@malbild/shared';
import { outcome } from './entry-changes';
import { IMPORT_HEADER, uploadFile } from './import-helpers';
import { asUser, useSignedInController } from './session-helpers';

// Finding 9 of the hardening review: a 2030 row stretched the public chart to 2030, a 2019 target
// appeared before the period. Outcomes are for the period and its three baseline years, targets
// for the period's years; anything else is refused with a message naming the period.

describe('years outside the period', () => {
  const signedIn = useSignedInController();

  it('are refused in an import, row by row, naming the period', async () => {
    const file = [
      IMPORT_HEADER,
      '8;2030;27000;;;;;',
      '8;2019;26000;;;;;',
      '7;2019;;;;;400;',
      '8;2017;25000;;;;;',
      '8;2025;;;;;27500;',
    ].join('\r\n');
    const response = await uploadFile(signedIn().app, signedIn().session, file);
    expect(response.statusCode).toBe(200);
    const rows = response.json<ImportPreview>().rows;
    const errorsOf = (line: number) => rows.find((r) => r.line === line)?.errors;
    expect(errorsOf(2)).toEqual([
      {
        path: 'År',
        message: '2030 ligger utanför perioden 2021–2025: utfall kan anges för 2018–2025',
      },
    ]);
    expect(errorsOf(3)).toEqual([]);
    expect(errorsOf(4)).toEqual([
      {
        path: 'År',
        message: '2019 ligger utanför perioden 2021–2025: målvärden kan anges för 2021–2025',
      },
    ]);
    expect(errorsOf(5)?.[0]?.message).toMatch(/^2017 ligger utanför perioden 2021–2025/);
    expect(errorsOf(6)).toEqual([]);
  });
});

describe('years outside the period, in the entry grid', () => {
  const signedIn = useSignedInController();

  const entry = (method: 'GET' | 'POST', year: number, changes?: unknown[]) =>
    asUser(signedIn().app, signedIn().session, {
      method,
      url: `/api/entry/${year}`,
      ...(changes && { payload: { changes } }),
    });

  it('refuses a year without outcomes in the period, naming it', async () => {
    for (const year of [2030, 2017]) {
      const response = await entry('GET', year);
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorResponse>().fields?.[0]?.message).toMatch(
        new RegExp(`^${year} ligger utanför perioden 2021–2025: utfall kan anges för 2018–2025$`),
      );
      expect((await entry('POST', year, [outcome(8, 1, 0)])).statusCode).toBe(400);
    }
    expect((await entry('GET', 2018)).statusCode).toBe(200);
  });

  it('saves a baseline year’s outcome but refuses its target, cell by cell', async () => {
    const changes = [
      { kind: 'target', measureNumber: 8, value: 27000, note: null, decision: null, version: 0 },
      outcome(9, 12800, 1),
    ];
    const results = (await entry('POST', 2019, changes)).json<EntrySaveResult>().results;
    expect(results).toEqual([
      {
        measureNumber: 8,
        kind: 'target',
        result: 'refused',
        errors: [
          {
            path: 'value',
            message: '2019 ligger utanför perioden 2021–2025: målvärden kan anges för 2021–2025',
          },
        ],
      },
      expect.objectContaining({ measureNumber: 9, kind: 'outcome', result: 'saved' }),
    ]);
  });
});
