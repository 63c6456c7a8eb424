import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Organisation } from '@malbild/shared';
import type { Db } from '../src/db/connection';
import { seed } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// A PNG's signature and the start of its header: enough for the type check, which reads bytes.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
  'hex',
);

let app: FastifyInstance;
let db: Db;
let admin: TestSession;
let controller: TestSession;
beforeAll(async () => {
  ({ app, db } = await createTestContext());
  await addUser(db, 'admin', ['admin']);
  await addUser(db, 'controller', ['controller']);
  admin = await signIn(app, 'admin');
  controller = await signIn(app, 'controller');
});
afterAll(() => app.close());

const current = async () => (await app.inject({ url: '/api/organisation' })).json<Organisation>();

describe('GET /api/organisation', () => {
  it('is public and names the municipality the seed documents are of', async () => {
    const response = await app.inject({ url: '/api/organisation' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: seed.organisation.name,
      municipalityCode: null,
      licence: 'CC0-1.0',
      accessibilityStatement: null,
      logoUrl: null,
    });
    expect(seed.organisation.name).toBe('Ludvika kommun');
  });
});

describe('PUT /api/organisation', () => {
  it('changes the fields sent, keeps the others, and records who did it', async () => {
    const { version } = await current();
    const response = await asUser(app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: {
        name: '  Exempels kommun ',
        contactEmail: 'kommun@exempel.se',
        contactPhone: '0240-860 00',
        webAddress: 'https://www.exempel.se',
        licence: 'CC-BY-4.0',
        accessibilityStatement: 'Vi följer lagen.\n\nKontakta oss.',
        version,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Exempels kommun',
      municipalityCode: null,
      contactEmail: 'kommun@exempel.se',
      licence: 'CC-BY-4.0',
      version: version + 1,
    });

    const codeOnly = await asUser(app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { municipalityCode: '2085', version: version + 1 },
    });
    expect(codeOnly.json()).toMatchObject({ name: 'Exempels kommun', municipalityCode: '2085' });
    const audit = db
      .prepare("SELECT actor FROM audit_log WHERE action = 'organisation_changed'")
      .all();
    expect(audit).toEqual([{ actor: 'admin' }, { actor: 'admin' }]);
  });

  it('refuses bad fields with a Swedish message per field, and blanks as the name', async () => {
    const { version } = await current();
    const response = await asUser(app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: {
        name: '   ',
        municipalityCode: '208',
        contactEmail: 'inte en adress',
        contactPhone: 'ring oss',
        webAddress: 'javascript:alert(1)',
        licence: 'MIT',
        version,
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ fields: { path: string }[] }>().fields.map((f) => f.path);
    expect(paths.sort()).toEqual(
      ['contactEmail', 'contactPhone', 'licence', 'municipalityCode', 'name', 'webAddress'].sort(),
    );
    expect(response.json().message).toMatch(/kommunens namn/);
    expect((await current()).version).toBe(version);
  });

  it('answers a stale version with 409 and the profile as stored', async () => {
    const stored = await current();
    const response = await asUser(app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { name: 'Gammal', version: stored.version - 1 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().current).toEqual(stored);
  });

  it('is for administrators only', async () => {
    const { version } = await current();
    const payload = { name: 'Kontrollant', version };
    expect(
      (await asUser(app, null, { method: 'PUT', url: '/api/organisation', payload })).statusCode,
    ).toBe(401);
    expect(
      (await asUser(app, controller, { method: 'PUT', url: '/api/organisation', payload }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the logo', () => {
  const putLogo = (body: Buffer, version: number, type = 'image/png') =>
    app.inject({
      method: 'PUT',
      url: `/api/organisation/logo?version=${version}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': type },
      payload: body,
    });

  it('is stored as sent, served with its type at an address that changes with it', async () => {
    const { version } = await current();
    const response = await putLogo(PNG, version, 'application/octet-stream');
    expect(response.statusCode).toBe(200);
    const { logoUrl } = response.json<Organisation>();
    expect(logoUrl).toMatch(/^\/api\/organisation\/logo\?v=[\w-]{16}$/);
    const logo = await app.inject({ url: logoUrl! });
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(PNG)).toBe(true);
  });

  it('refuses what is not a PNG, JPEG or WebP image (an SVG can carry scripts)', async () => {
    const { version } = await current();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>');
    const response = await putLogo(svg, version, 'image/svg+xml');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/PNG-, JPEG- eller WebP-bild/);
    expect((await current()).version).toBe(version);
  });

  it('refuses one over 256 kB with the same message', async () => {
    const { version } = await current();
    const large = Buffer.concat([PNG, Buffer.alloc(256 * 1024)]);
    const response = await putLogo(large, version);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/högst 256 kB/);
  });

  it('can be removed, and is then 404', async () => {
    const { version } = await current();
    const response = await asUser(app, admin, {
      method: 'DELETE',
      url: `/api/organisation/logo?version=${version}`,
    });
    expect(response.json()).toMatchObject({ logoUrl: null });
    expect((await app.inject({ url: '/api/organisation/logo' })).statusCode).toBe(404);
  });
});
