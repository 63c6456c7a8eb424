import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { FollowUpYear, Role, UnitReview } from '@malbild/shared';
import { buildApp, type BuildAppOptions } from '../src/app';
import { hashPassword } from '../src/auth/password';
import type { Db } from '../src/db/connection';
import { createUserQueries } from '../src/db/users';
import { createSeededDatabase, TEST_SCRYPT_N } from './helpers';

export const PASSWORD = 'ett-långt-lösenord-för-test';

export interface TestSession {
  cookie: string;
  csrfToken: string;
}

/** A seeded app whose database the test can also reach, e.g. to add users. */
export async function createTestContext(options: Omit<BuildAppOptions, 'db'> = {}) {
  const db = createSeededDatabase();
  const app = await buildApp({ db, scryptN: TEST_SCRYPT_N, ...options });
  app.addHook('onClose', () => db.close());
  return { app, db };
}

export async function addUser(db: Db, username: string, roles: Role[], units: string[] = []) {
  return createUserQueries(db).create({
    username,
    displayName: username,
    passwordHash: await hashPassword(PASSWORD, TEST_SCRYPT_N),
    roles,
    units,
  });
}

export async function signIn(app: FastifyInstance, username: string): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'malbild_session');
  return { cookie: `malbild_session=${cookie?.value}`, csrfToken: response.json().csrfToken };
}

/** A request as the browser makes it: with the session cookie and its CSRF token. */
export function asUser(
  app: FastifyInstance,
  session: TestSession | null,
  options: Pick<InjectOptions, 'method' | 'url' | 'payload'>,
) {
  const headers = session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
  return app.inject({ ...options, headers });
}

/** A seeded app and a signed-in controller for the file's tests, closed after them. */
export function useSignedInController() {
  let context: Awaited<ReturnType<typeof createTestContext>> & { session: TestSession };
  beforeAll(async () => {
    const created = await createTestContext();
    await addUser(created.db, 'kontroller', ['controller']);
    context = { ...created, session: await signIn(created.app, 'kontroller') };
  });
  afterAll(() => context.app.close());
  return () => context;
}

/**
 * A unit's plan or follow-up of a year through submit (by the unit's editor), approve and
 * publish (by a controller): what the public then reads.
 */
export async function publishUnitReview(
  app: FastifyInstance,
  review: { unit: string; year: number; kind: 'plan' | 'follow_up' },
  editor: TestSession,
  controller: TestSession,
): Promise<void> {
  const { unit, year, kind } = review;
  const year_ = await asUser(app, editor, { method: 'GET', url: `/api/follow-up/${year}` });
  let { version } = year_
    .json<FollowUpYear>()
    .unitReviews.find((r) => r.unit === unit && r.kind === kind)!;
  for (const [session, action] of [
    [editor, 'submit'],
    [controller, 'approve'],
    [controller, 'publish'],
  ] as const) {
    const url = `/api/follow-up/${year}/units/${unit}/${kind}/steps`;
    const response = await asUser(app, session, {
      method: 'POST',
      url,
      payload: { action, version },
    });
    if (response.statusCode !== 200) throw new Error(`${action} ${url}: ${response.body}`);
    ({ version } = response.json<UnitReview>());
  }
}
