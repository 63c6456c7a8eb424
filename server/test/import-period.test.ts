import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryYear, ImportCommitResult, ImportPreview, Period } from '@malbild/shared';
import { SLOW_TEST_MS } from './helpers';
import { commitPreview, IMPORT_HEADER, uploadFile } from './import-helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// Imports work for a chosen period (?period=, as the entry grid): the template lists its years,
// the preview checks the file against its measures and years, and the commit writes into the
// period the preview was made for (decision 009).

const csv = (...lines: string[]) => [IMPORT_HEADER, ...lines].join('\r\n');

describe('imports into a chosen period', { timeout: SLOW_TEST_MS }, () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let controller: TestSession;
  let next: Period;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    await addUser(context.db, 'kontroller', ['controller']);
    const admin = await signIn(context.app, 'admin');
    controller = await signIn(context.app, 'kontroller');
    const current = (await context.app.inject('/api/periods/current')).json<Period>();
    const created = await asUser(context.app, admin, {
      method: 'POST',
      url: '/api/periods',
      payload: {
        name: '2026–2029',
        startYear: 2026,
        endYear: 2029,
        vision: 'Nästa period',
        copyFrom: { periodId: current.id },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    next = created.json<Period>();
  });
  afterAll(() => context.app.close());

  const get = (url: string) => asUser(context.app, controller, { method: 'GET', url });

  it('gives the chosen period’s template: its years, not the current period’s', async () => {
    const chosen = await get(`/api/imports/template.csv?period=${next.id}`);
    expect(chosen.statusCode).toBe(200);
    const measure1In2029 = /\r\n1;[^;\r\n]*;2029;/;
    expect(chosen.body).toMatch(measure1In2029);
    expect((await get('/api/imports/template.csv')).body).not.toMatch(measure1In2029);
  });

  it('previews and commits targets of the chosen period, which the current one refuses', async () => {
    const file = csv('1;2027;;;;;55;KF 2026-11-30 § 99');
    const inCurrent = (await uploadFile(context.app, controller, file)).json<ImportPreview>();
    expect(inCurrent.summary.invalid).toBe(1);

    const response = await uploadFile(context.app, controller, file, 'malvarden.csv', next.id);
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json<ImportPreview>();
    expect(preview.summary.invalid).toBe(0);
    // The commit names no period: the preview's own is the one written.
    const committed = await commitPreview(context.app, controller, preview.id, 'all-or-nothing');
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<ImportCommitResult>().written).toEqual({ outcomes: 0, targets: 1 });

    const entry = (await get(`/api/entry/2027?period=${next.id}`)).json<EntryYear>();
    expect(entry.rows.find((row) => row.measure.number === 1)?.target).toMatchObject({
      value: 55,
      decision: 'KF 2026-11-30 § 99',
    });
  });

  it('refuses a period that does not exist, as the entry grid does', async () => {
    const response = await uploadFile(context.app, controller, csv('1;2023;1'), 'x.csv', 999);
    expect(response.statusCode).toBe(404);
    const kolada = await asUser(context.app, controller, {
      method: 'POST',
      url: '/api/imports/kolada/preview?period=999',
      payload: { years: [2023] },
    });
    expect(kolada.statusCode).toBe(404);
  });
});
