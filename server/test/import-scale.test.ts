import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@malbild/shared';
import { createRepositories } from '../src/db/repositories';
import { planImport } from '../src/imports/plan-import';
import { tableRecords } from '../src/imports/table-records';
import { createSeededDatabase, turnsDuring } from './helpers';
import { IMPORT_HEADER, uploadFile } from './import-helpers';
import { useSignedInController } from './session-helpers';

// Finding 3 of the hardening review: 6 000 identical rows made messages listing every other
// line (211 MB of preview, 38 s with the server frozen). Messages and previews stay bounded.

const identical = (rows: number) =>
  [IMPORT_HEADER, ...Array(rows).fill('1;2023;210;;;;;')].join('\r\n');

describe('an import of many identical rows', () => {
  const signedIn = useSignedInController();

  it.each([6_000, 9_999])(
    'previews %i rows with short messages and a bounded preview',
    async (rows) => {
      const response = await uploadFile(signedIn().app, signedIn().session, identical(rows));
      expect(response.statusCode).toBe(200);
      const preview = response.json<ImportPreview>();
      expect(preview.summary.invalid).toBe(rows);
      const [first, second, last] = [preview.rows[0], preview.rows[1], preview.rows.at(-1)];
      const others = (rows - 6).toLocaleString('sv-SE').replace(/\s/g, '\u202f');
      expect(first?.errors).toContainEqual({
        path: 'rad',
        message: `Resultatmått 1 år 2023 finns också på rad 3, 4, 5, 6, 7 och ${others} andra rader`,
      });
      expect(second?.errors).toContainEqual({
        path: 'rad',
        message: `Resultatmått 1 år 2023 finns också på rad 2, 4, 5, 6, 7 och ${others} andra rader`,
      });
      expect(last?.errors[0]?.message).toMatch(/på rad 2, 3, 4, 5, 6 och/);
      // A few hundred bytes a row, not a list of every other row.
      expect(response.body.length).toBeLessThan(rows * 600);
      const stored = await createRepositories(signedIn().db).imports.find(preview.id);
      expect(JSON.stringify(stored?.preview).length).toBeLessThan(rows * 600);
    },
  );
});

describe('planning a large import', () => {
  it('gives the event loop a turn every 500 rows, so other requests are answered meanwhile', async () => {
    const db = createSeededDatabase();
    const repositories = createRepositories(db);
    const period = repositories.periods.current()!;
    const records = tableRecords({
      header: ['Resultatmått', 'År', 'Utfall'],
      rows: Array.from({ length: 5_000 }, (_, i) => ({
        line: i + 2,
        cells: [(i % 17) + 1, 2021 + (i % 5), i],
      })),
      notices: [],
    });
    const { result: plan, turns } = await turnsDuring(() =>
      planImport(records, (year) => repositories.entry.year(period.id, year), {
        reason: 'Import: test',
        period,
      }),
    );
    expect(plan.rows).toHaveLength(5_000);
    // Nine turns between ten chunks of 500 rows: the other work ran at least once in each.
    expect(turns).toBeGreaterThanOrEqual(9);
    db.close();
  });
});
