import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { createGroupMappingQueries } from '../../server/src/db/identity-groups';
import { createSeededDatabase } from '../../server/test/helpers';
import {
  CLIENT_ID,
  startTestProvider,
  type TestProvider,
} from '../../server/test/support/oidc-provider';
import { copyBuiltClient } from '../../scripts/lib/build-client';
import { launchChromium } from '../../scripts/lib/chromium';
import { scriptErrors } from './support/accounts';

// Sign-in through the municipality's identity provider in a real browser (issue 13): a real
// OpenID Connect provider on one address, the app on another site (localhost vs 127.0.0.1), so
// the browser treats the way back from the provider as cross-site, as it is in use.

const GROUP = 'grupp-controllers';

/** A port nobody listens on now, for the app: the provider must know its redirect URL first. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('sign-in with the identity provider', () => {
  let provider: TestProvider;
  let app: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'malbild-oidc-e2e-'));
    const clientDist = join(dir, 'dist');
    copyBuiltClient(clientDist);
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    const redirectUrl = `${baseUrl}/api/auth/oidc/callback`;
    const postLogoutUrl = `${baseUrl}/logga-in`;
    provider = await startTestProvider(
      new Map([
        [
          'anna-sub',
          { name: 'Anna Provider', preferred_username: 'anna@kommun.se', groups: [GROUP] },
        ],
        ['utan-sub', { name: 'Urban Utan', preferred_username: 'urban@kommun.se', groups: [] }],
      ]),
      { redirectUrl, postLogoutUrl },
    );
    const db = createSeededDatabase();
    createGroupMappingQueries(db).create({
      groupId: GROUP,
      label: 'Controllers',
      roles: ['controller'],
      units: [],
    });
    app = await buildApp({
      db,
      clientDist,
      signIn: {
        localLogin: true,
        accessContact: 'Kontakta servicedesk.',
        oidc: {
          issuer: new URL(provider.issuer),
          clientId: CLIENT_ID,
          clientSecret: provider.clientSecret,
          redirectUrl: new URL(redirectUrl),
          postLogoutRedirectUrl: new URL(postLogoutUrl),
          subjectClaim: 'sub',
          groupsClaim: 'groups',
          scopes: 'openid profile groups',
          providerName: 'kommunens konto',
        },
      },
    });
    app.addHook('onClose', () => db.close());
    await app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in with the roles of the user’s group, returns to the page asked for, and signs out', async () => {
    provider.signInAs('anna-sub');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${baseUrl}/logga-in?till=%2Finmatning`);
    await page.getByRole('button', { name: /kommunens konto/ }).click();
    await page.waitForURL((url) => url.pathname === '/inmatning');
    await page.getByRole('heading', { level: 1, name: /^Utfall och målvärden/ }).waitFor();
    await page.getByText('Anna Provider').waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga ut från kommunens konto' }).waitFor();
    expect(scriptErrors(errors)).toEqual([]);
    await page.close();
  });

  it('tells a user whose groups give no role that they have no access, and whom to ask', async () => {
    provider.signInAs('utan-sub');
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/logga-in`);
    await page.getByRole('button', { name: /kommunens konto/ }).click();
    await page.getByRole('heading', { name: /behörighet/ }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Kontakta servicedesk.');
    await page.close();
  });
});
