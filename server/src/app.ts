import rateLimit from '@fastify/rate-limit';
import sensible from '@fastify/sensible';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from './db/connection';
import { DEFAULT_KOLADA, type KoladaOptions } from './kolada/client';
import { createKoladaRefresh, scheduleKoladaRefresh } from './kolada/refresh';
import { LOCAL_LOGIN_ONLY, type SignInSettings } from './auth/oidc-config';
import { createRelyingParty } from './auth/oidc-relying-party';
import { createPasswords } from './auth/password';
import { sessionPlugin } from './auth/session-plugin';
import { createRepositories } from './db/repositories';
import { registerApiDocs } from './plugins/api-docs';
import { registerOpenDataCors } from './plugins/cors';
import { refuseControlCharacters } from './plugins/control-characters';
import { handleError } from './plugins/error-handler';
import { registerSecurityHeaders } from './plugins/security';
import { hasSpa, isSpaRoute, registerSpa, sendPage } from './plugins/spa';
import { useSwedishValidationMessages } from './plugins/swedish-messages';
import { activityRoutes } from './routes/activities';
import { auditRoutes } from './routes/audit';
import { completenessRoutes } from './routes/completeness';
import { reminderRoutes } from './routes/reminders';
import { deadlineRoutes } from './routes/deadlines';
import { authRoutes } from './routes/auth';
import { oidcRoutes } from './routes/auth-oidc';
import { entryRoutes } from './routes/entry';
import { exportRoutes } from './routes/export';
import { followUpRoutes } from './routes/follow-up';
import { groupMappingRoutes } from './routes/group-mappings';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { internalControlRoutes } from './routes/internal-control';
import { koladaRoutes } from './routes/kolada';
import { measureRoutes } from './routes/measures';
import { organisationRoutes } from './routes/organisation';
import { overviewRoutes } from './routes/overview';
import { periodRoutes } from './routes/periods';
import { planRoutes } from './routes/plans';
import { reportRoutes } from './routes/reports';
import { setupRoutes } from './routes/setup';
import { siteFileRoutes } from './routes/site-files';
import { unitRoutes } from './routes/units';
import { userRoutes } from './routes/users';
import { scheduleReminders, type ReminderSchedule } from './reminders/schedule';
import { createWorkerPool } from './workers/pool';

export interface BuildAppOptions {
  db: Db;
  /** The built client (client/dist); served with SPA fallback when it holds an index.html. */
  clientDist?: string;
  logger?: FastifyServerOptions['logger'];
  /**
   * Whom to believe about the client's address and protocol (X-Forwarded-*): false when the
   * server faces browsers directly, true or a list of proxy addresses behind a TLS proxy. Rate
   * limits and the Secure cookie flag depend on it.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Where Kolada imports ask (KOLADA_BASE_URL) and how long they wait; tests point it at a stub. */
  kolada?: Partial<KoladaOptions>;
  /**
   * How old the comparison figures from Kolada may get before they are fetched again
   * (KOLADA_REFRESH_HOURS); without it nothing is scheduled (tests refresh on demand).
   */
  koladaRefreshMs?: number;
  /** scrypt's cost for new password hashes (MALBILD_SCRYPT_N); tests hash cheaply. */
  scryptN?: number;
  /** Passwords, the identity provider, or both (MALBILD_LOCAL_LOGIN, MALBILD_OIDC_*). */
  signIn?: SignInSettings;
  /**
   * The one-time code with which the first administrator is created in the browser (server.ts
   * makes one while the database has no account); without it, only user:add or MALBILD_ADMIN_*.
   */
  setupCode?: string;
  /** Reminders every interval, by e-mail when a mailer is given (SMTP_*); none without this. */
  reminders?: ReminderSchedule;
}

/** The whole application, ready for inject() or listen(); the caller owns and closes the db. */
export async function buildApp({
  db,
  clientDist,
  logger = false,
  trustProxy = false,
  kolada = {},
  koladaRefreshMs,
  scryptN,
  signIn = LOCAL_LOGIN_ONLY,
  setupCode,
  reminders,
}: BuildAppOptions): Promise<FastifyInstance> {
  useSwedishValidationMessages();
  const app = Fastify({ logger, trustProxy });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  refuseControlCharacters(app);

  await registerSecurityHeaders(app);
  await registerOpenDataCors(app);
  await app.register(sensible);
  await registerApiDocs(app);

  // Limits are set per route (sign-in); reading stays unlimited for the public.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `För många försök. Vänta ${Math.ceil(context.ttl / 1000)} sekunder och försök igen.`,
    }),
  });

  const repositories = createRepositories(db);
  if (reminders) scheduleReminders(app, repositories, reminders);
  const passwords = createPasswords(scryptN);
  await app.register(sessionPlugin, { users: repositories.users, sessions: repositories.sessions });
  // One plugin per URL prefix: /api/activities/… is routes/activities, /api/plans/… routes/plans.
  const routeGroups = [
    healthRoutes,
    periodRoutes,
    overviewRoutes,
    measureRoutes,
    activityRoutes,
    planRoutes,
    unitRoutes,
    userRoutes,
    groupMappingRoutes,
    auditRoutes,
    entryRoutes,
    organisationRoutes,
    exportRoutes,
    internalControlRoutes,
    deadlineRoutes,
    completenessRoutes,
    reminderRoutes,
    followUpRoutes,
  ];
  const workers = createWorkerPool({ clientDist });
  app.addHook('onClose', workers.close);
  for (const routes of [...routeGroups, reportRoutes]) {
    await app.register(routes, { prefix: '/api', repositories, passwords, workers });
  }
  const signInMethods = {
    localLogin: signIn.localLogin,
    provider: signIn.oidc && createRelyingParty(signIn.oidc, app.log),
    accessContact: signIn.accessContact,
  };
  for (const routes of [authRoutes, oidcRoutes]) {
    await app.register(routes, {
      prefix: '/api',
      repositories,
      passwords,
      workers,
      signIn: signInMethods,
    });
  }
  const koladaOptions = { ...DEFAULT_KOLADA, ...kolada };
  await app.register(importRoutes, {
    prefix: '/api',
    repositories,
    passwords,
    kolada: koladaOptions,
    workers,
  });
  const refresh = createKoladaRefresh(repositories, {
    kolada: koladaOptions,
    intervalMs: koladaRefreshMs ?? Infinity,
  });
  await app.register(koladaRoutes, {
    prefix: '/api',
    repositories,
    passwords,
    workers,
    kolada: koladaOptions,
    refresh,
  });
  if (koladaRefreshMs) {
    // Checked every few minutes; a refresh runs in the background, and pages read what is stored.
    const stop = scheduleKoladaRefresh(refresh, Math.min(koladaRefreshMs, 10 * 60_000), app.log);
    app.addHook('onClose', stop);
  }

  await app.register(setupRoutes, { prefix: '/api', repositories, passwords, workers, setupCode });
  await app.register(siteFileRoutes, { repositories, passwords, workers });

  const spa = hasSpa(clientDist);
  if (spa) await registerSpa(app, clientDist);
  app.setNotFoundHandler((request, reply) => {
    if (spa && isSpaRoute(request)) return sendPage(app, clientDist, request, reply);
    return reply.notFound(`Adressen ${request.url} finns inte`);
  });
  return app;
}
