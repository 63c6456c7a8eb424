import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ErrorResponse, FieldError } from '@malbild/shared';
import { ConflictError } from '../db/conflict';
import { ImportRefusedError } from '../imports/import-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * For a route that takes files: the 400 message for a body over its limit, which is the
     * user's file being too large (Fastify would answer 413 in English).
     */
    bodyTooLarge?: string;
  }
}

interface ValidationIssue {
  instancePath: string;
  message?: string | undefined;
}

/** Fields of a request the validator (or a schema parsed in a handler) refused; null if none. */
function fieldErrors(error: FastifyError | z.ZodError): FieldError[] | null {
  if (error instanceof z.ZodError) {
    return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  }
  const issues: ValidationIssue[] | undefined = error.validation;
  if (!issues?.length) return null;
  return issues.map((issue) => ({
    path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: issue.message ?? 'Ogiltigt värde',
  }));
}

function summarize(fields: FieldError[]): string {
  const parts = fields.map((field) =>
    field.path ? `${field.path}: ${field.message}` : field.message,
  );
  return `Ogiltig förfrågan – ${parts.join('; ')}`;
}

/** What a typed error adds to { error, message }: the current row of a conflict, an import's problems. */
function detailsOf(error: unknown): object {
  if (error instanceof ConflictError) return { current: error.current as unknown };
  if (error instanceof ImportRefusedError) return { problems: error.problems };
  return {};
}

/**
 * What Fastify says in English when it cannot read a request's body, in Swedish; the status stays
 * Fastify's. (A route that takes files says its own 'too large', bodyTooLarge.)
 */
const BODY_FAULTS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Förfrågans innehåll är inte giltig JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Förfrågans innehåll är tomt, men den säger att det är JSON.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Förfrågans innehåll är för stort.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Servern läser den här sortens innehåll bara som JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Förfrågans längd stämmer inte med dess innehåll.',
};

/**
 * A fault of the database rather than of the request: disk full is 507 (nothing was written:
 * the write's transaction rolled back), a broken or unreadable file 503. Never a bare 500.
 */
function databaseFault(error: unknown): { status: number; body: ErrorResponse } | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return {
      status: 507,
      body: {
        error: 'Insufficient Storage',
        message:
          'Servern har inte plats att spara (disken är full). Inget av det du skickade sparades. Försök igen senare och kontakta IT-avdelningen.',
      },
    };
  }
  if (/^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|READONLY)/.test(code)) {
    return {
      status: 503,
      body: {
        error: 'Service Unavailable',
        message:
          'Databasen kan inte läsas eller skrivas just nu. Inget av det du skickade sparades. Kontakta IT-avdelningen.',
      },
    };
  }
  return null;
}

/**
 * The one error handler: every 4xx and 5xx of the API is answered here, from a thrown error
 * (httpErrors, ConflictError, ImportError …). Validation errors are always 400
 * (fastify-type-provider-zod errors can arrive without a status and would otherwise become 500);
 * a 5xx reveals nothing unless its error says its message is for the user (expose, as Kolada's).
 */
export function handleError(
  error: FastifyError | z.ZodError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const fields = fieldErrors(error);
  if (fields) {
    const body: ErrorResponse = { error: 'Bad Request', message: summarize(fields), fields };
    return reply.code(400).send(body);
  }
  const tooLarge = request.routeOptions.config.bodyTooLarge;
  if (tooLarge && 'code' in error && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.code(400).send({ error: 'Bad Request', message: tooLarge });
  }
  const bodyFault = 'code' in error ? BODY_FAULTS[error.code] : undefined;
  if (bodyFault) {
    const status = 'statusCode' in error && error.statusCode ? error.statusCode : 400;
    return reply.code(status).send({ error: STATUS_CODES[status], message: bodyFault });
  }
  const fault = databaseFault(error);
  if (fault) {
    request.log.error({ err: error }, 'database fault');
    return reply.code(fault.status).send(fault.body);
  }
  const status = 'statusCode' in error && error.statusCode ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  if (status >= 500 && !('expose' in error && error.expose === true)) {
    return reply.code(500).send({
      error: 'Internal Server Error',
      message: 'Något gick fel på servern. Försök igen om en stund.',
    });
  }
  return reply
    .code(status)
    .send({ error: STATUS_CODES[status] ?? 'Error', message: error.message, ...detailsOf(error) });
}
