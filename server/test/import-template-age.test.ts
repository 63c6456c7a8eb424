import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntrySaveResult,
  EntryYear,
  ImportCommitResult,
  ImportPreview,
} from '@malbild/shared';
import { outcome } from './entry-changes';
import { commitPreview, uploadFile } from './import-helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// Finding 10 of the hardening review: an old template uploaded later erased newer values. An
// empty value cell never erases ("radera" does), and the preview warns about every value the
// file overwrites that was changed after its template was downloaded.

describe('an old template uploaded later', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let anna: TestSession;
  let bo: TestSession;
  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'anna', ['controller']);
    await addUser(context.db, 'bo', ['controller']);
    anna = await signIn(context.app, 'anna');
    bo = await signIn(context.app, 'bo');
  });
  afterAll(() => context.app.close());

  const get = (url: string) => asUser(context.app, anna, { method: 'GET', url });
  const stored = async (year: number, measure: number) =>
    (await get(`/api/entry/${year}`))
      .json<EntryYear>()
      .rows.find((r) => r.measure.number === measure);
  const save = (session: TestSession, year: number, changes: unknown[]) =>
    asUser(context.app, session, {
      method: 'POST',
      url: `/api/entry/${year}`,
      payload: { changes },
    });

  it('keeps values entered after the download, and warns about those it would overwrite', async () => {
    const template = (await get('/api/imports/template.csv')).body;
    // After the download Bo enters 2024 for measure 8 (empty in the template) and corrects 2022.
    const v2022 = (await stored(2022, 8))?.outcome?.version ?? 0;
    const saved = await save(bo, 2024, [outcome(8, 26500, 0, { dataSource: 'SCB' })]);
    expect(saved.json<EntrySaveResult>().results[0]?.result).toBe('saved');
    await save(bo, 2022, [outcome(8, 26400, v2022, { dataSource: 'SCB' })]);

    // Anna edits her old copy: a new figure for measure 7 2024 and the old figure of 8 2022.
    const lines = template.split('\r\n');
    const edited = lines
      .map((line) =>
        line.startsWith('7;') && line.includes(';2024;')
          ? line.replace(/^(7;[^;]*;2024;)[^;]*/, '$1412')
          : line,
      )
      .join('\r\n');
    const preview = (await uploadFile(context.app, anna, edited)).json<ImportPreview>();
    const row = (measure: number, year: number) =>
      preview.rows.find((r) => r.measureNumber === measure && r.year === year);
    // 8 2024 was empty in the template: the file leaves Bo's value alone.
    expect(row(8, 2024)?.status).toBe('skipped');
    expect(row(8, 2024)?.warnings).toEqual([]);
    // 8 2022 holds the figure of the download: writing it back would undo Bo's correction.
    expect(row(8, 2022)?.status).toBe('changed');
    expect(row(8, 2022)?.warnings).toEqual([
      {
        path: 'Utfall',
        message: expect.stringMatching(
          /^Utfallet ändrades \d{4}-\d\d-\d\d \d\d:\d\d av bo, efter att mallen hämtades \d{4}-\d\d-\d\d \d\d:\d\d\. Importen skriver över det\.$/,
        ),
      },
    ]);
    expect(row(7, 2024)?.warnings).toEqual([]);
    expect(preview.rows.filter((r) => r.warnings.length > 0)).toHaveLength(1);

    await commitPreview(context.app, anna, preview.id, 'valid-rows');
    expect((await stored(2024, 8))?.outcome?.value).toBe(26500);
  });

  it('removes a stored value only when the cell says radera', async () => {
    const header = 'Resultatmått;År;Utfall;Status;Not;Källa;Målvärde;Beslut';
    const empty = (
      await uploadFile(context.app, anna, `${header}\r\n8;2024;;Slutligt;;SCB;;`)
    ).json<ImportPreview>();
    expect(empty.rows[0]?.status).toBe('unchanged');
    const erase = (
      await uploadFile(context.app, anna, `${header}\r\n8;2024;radera;;;;;`)
    ).json<ImportPreview>();
    expect(erase.rows[0]?.status).toBe('changed');
    expect(erase.rows[0]?.values[0]).toMatchObject({ old: { value: 26500 }, new: { value: null } });
    const result = await commitPreview(context.app, anna, erase.id, 'all-or-nothing');
    expect(result.json<ImportCommitResult>().written.outcomes).toBe(1);
    expect((await stored(2024, 8))?.outcome?.value).toBeNull();
  });

  it('creates nothing from a row that brings only a status', async () => {
    const header = 'Resultatmått;År;Utfall;Status';
    const read = (
      await uploadFile(context.app, anna, `${header}\r\n9;2025;;Slutligt`)
    ).json<ImportPreview>();
    expect(read.rows[0]?.status).toBe('skipped');
  });
});
