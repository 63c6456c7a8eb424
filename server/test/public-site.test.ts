import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Organisation } from '@malbild/shared';
import { seed } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// The basics of a Swedish public-sector site, as the server answers them: open data readable
// from any site, its licence in every file, and the files search engines ask for.

let app: FastifyInstance;
let admin: TestSession;
beforeAll(async () => {
  const context = await createTestContext();
  app = context.app;
  await addUser(context.db, 'admin', ['admin']);
  admin = await signIn(app, 'admin');
});
afterAll(() => app.close());

const OTHER_SITE = 'https://tidning.example';

describe('CORS for open data', () => {
  it('lets any site read the API, never with cookies', async () => {
    for (const url of ['/api/measures', '/api/export/measures.csv', '/api/organisation']) {
      const response = await app.inject({ url, headers: { origin: OTHER_SITE } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['access-control-allow-origin'], url).toBe('*');
      expect(response.headers['access-control-allow-credentials'], url).toBeUndefined();
    }
  });

  it('allows no write from another site: the preflight names only GET and HEAD', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/activities',
      headers: {
        origin: OTHER_SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-csrf-token',
      },
    });
    expect(String(preflight.headers['access-control-allow-methods'])).toBe('GET, HEAD');
    expect(preflight.headers['access-control-allow-headers']).not.toMatch(/x-csrf-token/i);
    // A form posted from elsewhere carries the cookie but not the session's CSRF token.
    const forged = await app.inject({
      method: 'POST',
      url: '/api/activities',
      headers: { origin: OTHER_SITE, cookie: admin.cookie },
      payload: { year: 2024, measureNumber: 1, units: ['SOU'], text: 'Förfalskad' },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('adds no CORS headers to the pages', async () => {
    const response = await app.inject({ url: '/robots.txt', headers: { origin: OTHER_SITE } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the licence of open data', () => {
  const setLicence = async (licence: string) => {
    const { version } = (await app.inject({ url: '/api/organisation' })).json<Organisation>();
    const response = await asUser(app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { licence, version },
    });
    expect(response.statusCode).toBe(200);
  };

  it('is in every row of the CSV files and in a Link header of every export', async () => {
    await setLicence('CC-BY-4.0');
    for (const url of ['/api/export/measures.csv', '/api/export/activities.csv']) {
      const response = await app.inject({ url });
      const [header, ...rows] = response.body.replace('\ufeff', '').trim().split('\r\n');
      expect(header!.endsWith(';Licens'), url).toBe(true);
      expect(rows.length).toBeGreaterThan(10);
      expect(
        rows.every((row) =>
          row.endsWith(';CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.sv)'),
        ),
        url,
      ).toBe(true);
      expect(response.headers.link).toBe(
        '<https://creativecommons.org/licenses/by/4.0/deed.sv>; rel="license"',
      );
    }
    const json = await app.inject({ url: '/api/export/measures.json' });
    expect(json.headers.link).toMatch(/rel="license"/);
  });

  it('is in a unit plan as CSV and as XLSX', async () => {
    await setLicence('CC0-1.0');
    const csv = await app.inject({ url: '/api/plans/SOU/2024.csv' });
    expect(csv.body).toMatch(/;CC0 1\.0 \(https:\/\/creativecommons\.org\/publicdomain\/zero/);
    const xlsx = await app.inject({ url: '/api/plans/SOU/2024.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const last = sheet.lastRow!.getCell(1).text;
    expect(last).toMatch(/^Licens: CC0 1\.0 \(https:/);
    expect(workbook.description).toMatch(/^Licens: CC0 1\.0/);
  });
});

describe('robots.txt and sitemap.xml', () => {
  it('points search engines at the public pages, never the signed-in ones', async () => {
    const robots = await app.inject({ url: '/robots.txt', headers: { host: 'mal.kommun.se' } });
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body).toContain('Disallow: /inmatning');
    expect(robots.body).toContain('Disallow: /admin/');
    expect(robots.body).toContain('Sitemap: http://mal.kommun.se/sitemap.xml');
  });

  it('lists the start page, every goal and measure of the period, and the statement', async () => {
    const response = await app.inject({ url: '/sitemap.xml', headers: { host: 'mal.kommun.se' } });
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    const locations = [...response.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const goals = seed.period.areas.flatMap((area) => area.goals).length;
    expect(locations.filter((l) => /\/mal\/\d+$/.test(l!))).toHaveLength(goals);
    expect(locations.filter((l) => /\/resultatmatt\/\d+$/.test(l!))).toHaveLength(
      seed.measures.length,
    );
    expect(locations).toContain('http://mal.kommun.se/');
    expect(locations).toContain('http://mal.kommun.se/tillganglighet');
    expect(locations.some((l) => /inmatning|admin|logga-in/.test(l!))).toBe(false);
  });
});
