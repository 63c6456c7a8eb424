import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ErrorResponse, FieldError } from '@malbild/shared';

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

/**
 * The one error handler. Validation errors are always 400 (fastify-type-provider-zod errors can
 * arrive without a status and would otherwise become 500); 5xx never reveal internals.
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
  const status = 'statusCode' in error && error.statusCode ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({
      error: 'Internal Server Error',
      message: 'Något gick fel på servern. Försök igen om en stund.',
    });
  }
  return reply
    .code(status)
    .send({ error: STATUS_CODES[status] ?? 'Error', message: error.message });
}
