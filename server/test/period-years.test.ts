import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '@malbild/shared';
import { uploadFile } from './import-helpers';
import { addUser, createTestContext, signIn, type TestSession } from './session-helpers';

// Finding 9 of the hardening review: a 2030 row stretched the public chart to 2030, a 2019 target
// appeared before the period. Outcomes are for the period and its three baseline years, targets
// for the period's years; anything else is refused with a message naming the period.

const HEADER = 'Resultatmått;År;Utfall;Status;Not;Källa;Målvärde;Beslut';

describe('years outside the period', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let controller: TestSession;
  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'kontroller', ['controller']);
    controller = await signIn(context.app, 'kontroller');
  });
  afterAll(() => context.app.close());

  it('are refused in an import, row by row, naming the period', async () => {
    const file = [
      HEADER,
      '8;2030;27000;;;;;',
      '8;2019;26000;;;;;',
      '7;2019;;;;;400;',
      '8;2017;25000;;;;;',
      '8;2025;;;;;27500;',
    ].join('\r\n');
    const response = await uploadFile(context.app, controller, file);
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
