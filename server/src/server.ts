import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { createFirstAdmin } from './auth/first-admin';
import { createSetupCode } from './auth/setup-code';
import { mapAdminGroup } from './auth/oidc-admin-group';
import { signInSettingsFrom } from './auth/oidc-config';
import { createGroupMappingQueries } from './db/identity-groups';
import { scryptNFrom } from './auth/password';
import { createUserQueries } from './db/users';
import { openCheckedDatabase } from './db/database-check';
import { migrate } from './db/migrate';
import { createMailer, smtpSettingsFrom } from './reminders/mailer';
import { DEFAULT_REMINDER_DAYS } from './reminders/run';
import { parseTrustProxy } from './trust-proxy';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function readEnv() {
  return {
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '0.0.0.0',
    dbPath: resolve(process.env.DB_PATH ?? resolve(REPO_ROOT, 'var/malbild.sqlite')),
    clientDist: resolve(REPO_ROOT, 'client/dist'),
    // The number of proxies in front of the server, or their addresses (trust-proxy.ts).
    trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
    // Another Kolada (v2, or a mirror); the default is Kolada's v3 API.
    koladaBaseUrl: process.env.KOLADA_BASE_URL || undefined,
    // Hours between fetches of the comparison figures; 0 switches the schedule off.
    koladaRefreshMs: Number(process.env.KOLADA_REFRESH_HOURS ?? 24) * 3_600_000,
    scryptN: scryptNFrom(process.env.MALBILD_SCRYPT_N),
    signIn: signInSettingsFrom(process.env),
    smtp: smtpSettingsFrom(process.env),
    reminderDays: {
      before: wholeNumber('MALBILD_REMINDER_DAYS_BEFORE', DEFAULT_REMINDER_DAYS.before),
      after: wholeNumber('MALBILD_REMINDER_DAYS_AFTER', DEFAULT_REMINDER_DAYS.after),
    },
    reminderIntervalMinutes: wholeNumber('MALBILD_REMINDER_INTERVAL_MINUTES', 60),
  };
}

function wholeNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new Error(`${name} must be a whole number of days or minutes, not ${text}`);
  }
  return value;
}

async function main(): Promise<void> {
  const env = readEnv();
  const db = openCheckedDatabase(env.dbPath);
  // Later migrations reach existing databases here, without a rebuild that would lose entered values.
  migrate(db);
  const users = createUserQueries(db);
  const firstAdmin = await createFirstAdmin(users, process.env);
  // No account yet: the first administrator is made in the browser with this code (decision 014),
  // with a password: when passwords are off, MALBILD_OIDC_ADMIN_GROUP names the first ones.
  const setupCode = users.count() === 0 && env.signIn.localLogin ? createSetupCode() : undefined;
  const adminGroupMapped = mapAdminGroup(createGroupMappingQueries(db), process.env);
  const app = await buildApp({
    db,
    clientDist: env.clientDist,
    trustProxy: env.trustProxy,
    scryptN: env.scryptN,
    signIn: env.signIn,
    setupCode,
    reminders: {
      mailer: env.smtp && createMailer(env.smtp),
      intervalMs: Math.max(1, env.reminderIntervalMinutes) * 60_000,
      days: env.reminderDays,
    },
    ...(env.koladaBaseUrl && { kolada: { baseUrl: env.koladaBaseUrl } }),
    koladaRefreshMs: env.koladaRefreshMs,
    logger: { level: 'info' },
  });
  if (firstAdmin) app.log.info({ username: firstAdmin }, 'first administrator created');
  if (adminGroupMapped) app.log.info('MALBILD_OIDC_ADMIN_GROUP mapped to the admin role');
  if (!env.smtp) app.log.info('no SMTP_URL or SMTP_HOST: reminders are shown in the app only');

  let closing = false;
  const close = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing');
    await app.close();
    db.close();
  };
  process.on('SIGINT', (signal) => void close(signal));
  process.on('SIGTERM', (signal) => void close(signal));

  const address = await app.listen({ port: env.port, host: env.host });
  if (setupCode) {
    app.log.info(
      { setupCode, address: `${address}/kom-igang` },
      `Inget konto finns ännu. Öppna ${address}/kom-igang och skapa den första administratören med engångskoden ${setupCode}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
