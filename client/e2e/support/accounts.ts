import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role, User } from '@malbild/shared';
import { hashPassword } from '../../../server/src/auth/password';
import type { Db } from '../../../server/src/db/connection';
import { createRepositories } from '../../../server/src/db/repositories';
import { createUserQueries } from '../../../server/src/db/users';
import { TEST_SCRYPT_N } from '../../../server/test/helpers';
import { collectErrors, VIEWPORTS, type ViewportName } from './pages';

// Accounts for browser tests: created straight in the test's database (there is no default
// account), signed in through the real API so the browser holds a real session cookie.
// Sign-in is limited to 10 attempts a minute per address: a test file stays below that.

export const PASSWORD = 'ett-långt-lösenord-för-webbtest';

export async function addUser(
  db: Db,
  username: string,
  roles: Role[],
  { displayName = username, units = [] as string[] } = {},
): Promise<User> {
  const users = createUserQueries(db);
  // A retried test adds its users again: the account from the first try serves.
  const existing = users.list().find((user) => user.username === username);
  if (existing) return existing;
  return users.create({
    username,
    displayName,
    passwordHash: await hashPassword(PASSWORD, TEST_SCRYPT_N),
    roles,
    units,
  });
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A browser context of its own (own cookies) with `username` signed in, and a page in it. */
export async function openSignedInPage(
  browser: Browser,
  baseUrl: string,
  viewport: ViewportName,
  username: string,
): Promise<SignedInPage> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'sv-SE' });
  const response = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { username, password: PASSWORD },
  });
  if (!response.ok()) throw new Error(`sign-in of ${username}: ${response.status()}`);
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

/** The errors of a page that refused requests on purpose: the browser logs each 4xx itself. */
export function scriptErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !error.startsWith('Failed to load resource'));
}

/** Writes as another tab of the same user would: with the context's session and CSRF token. */
export async function writeMeanwhile(
  context: BrowserContext,
  baseUrl: string,
  method: 'patch' | 'put' | 'post',
  path: string,
  data: object,
): Promise<void> {
  const session = (await (await context.request.get(`${baseUrl}/api/auth/session`)).json()) as {
    csrfToken: string;
  };
  const response = await context.request[method](`${baseUrl}/api${path}`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data,
  });
  if (response.status() !== 200) throw new Error(`${method} ${path}: ${response.status()}`);
}

/**
 * Reads the API as the context's signed-in user: the working copy of plans and follow-ups,
 * which the public reads only once published (decision 019).
 */
export async function readAs<T>(context: BrowserContext, baseUrl: string, path: string) {
  const response = await context.request.get(`${baseUrl}/api${path}`);
  if (!response.ok()) throw new Error(`GET /api${path}: ${response.status()}`);
  return (await response.json()) as T;
}

/** A unit's plan or follow-up of a year through submit, approve and publish, as `user`. */
export function publishUnitReview(
  db: Db,
  subject: { unit: string; year: number; kind: 'plan' | 'follow_up' },
  user: User,
): void {
  const { periods, unitReviews } = createRepositories(db);
  const reviewed = { ...subject, periodId: periods.current()!.id };
  for (const action of ['submit', 'approve', 'publish'] as const) {
    const version = unitReviews.get(reviewed)?.version ?? 0;
    unitReviews.step(reviewed, { action, version, comment: null }, user);
  }
}
