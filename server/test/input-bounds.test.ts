import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditQueries } from '../src/db/audit';
import { apiRoutes, type ApiRoute } from './support/api-routes';
import type { JsonSchema } from './support/schema-arbitrary';
import { createTestContext } from './session-helpers';

// Finding 4 of the hardening review: a sign-in with a 1 MB username stored a 1 MB audit row. Every
// text and list the API accepts has a maximum, and the audit log stores bounded fields only.

/** Paths (body.units[], query.q) of the strings and arrays a schema accepts without a maximum. */
function unbounded(schema: JsonSchema | undefined, path: string): string[] {
  if (!schema) return [];
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const own: string[] = [];
  const types = [schema.type ?? []].flat();
  if (
    types.includes('string') &&
    schema.maxLength === undefined &&
    !schema.enum &&
    schema.const === undefined
  ) {
    own.push(path);
  }
  if (types.includes('array') && schema.maxItems === undefined) own.push(`${path}[]`);
  return [
    ...own,
    ...nested.flatMap((s) => unbounded(s, path)),
    ...Object.entries(schema.properties ?? {}).flatMap(([name, s]) =>
      unbounded(s, `${path}.${name}`),
    ),
    ...unbounded(schema.items, `${path}[]`),
  ];
}

const inputsOf = (route: ApiRoute) => [
  ...unbounded(route.body ?? undefined, 'body'),
  ...route.query.flatMap((q) => unbounded(q.schema, `query.${q.name}`)),
  ...route.params.flatMap((p) => unbounded(p.schema, `params.${p.name}`)),
];

describe('what the API accepts', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  beforeAll(async () => {
    context = await createTestContext();
  });
  afterAll(() => context.app.close());

  it('has a maximum for every text and list of every route', async () => {
    const found = (await apiRoutes(context.app)).flatMap((route) =>
      inputsOf(route).map((path) => `${route.method} ${route.url} ${path}`),
    );
    expect(found).toEqual([]);
  });

  it('refuses a 100 kB username at sign-in and keeps the audit log small', async () => {
    const before = context.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a'.repeat(100_000), password: 'fel-lösenord' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(2000);
    const rows = context.db
      .prepare(
        "SELECT max(length(coalesce(actor, '')) + length(coalesce(detail, ''))) AS longest, count(*) AS n FROM audit_log",
      )
      .get() as { longest: number | null; n: number };
    expect(rows.n - before.n).toBeLessThanOrEqual(1);
    expect(rows.longest ?? 0).toBeLessThan(1000);
  });
});

describe('the audit log', () => {
  it('stores each field bounded, whatever it is given', async () => {
    const context = await createTestContext();
    const audit = createAuditQueries(context.db);
    audit.record({
      actor: 'x'.repeat(10_000),
      action: 'login_failed',
      subject: 'y'.repeat(10_000),
      detail: { z: 'z'.repeat(100_000) },
    });
    const [row] = audit.recent(1);
    expect(row?.actor?.length).toBe(200);
    expect(row?.subject?.length).toBe(200);
    expect(row?.detail?.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(row?.detail ?? '')).toMatch(/^\{"z":"zzz/);
    await context.app.close();
  });
});
