import type { FastifyInstance } from 'fastify';

// SQLite counts a text only up to its first NUL (a CHECK on length(text) then fails), and the
// documents' XML cannot carry C0 control characters at all; tab and line breaks are text.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const MESSAGE = 'Texten innehåller ett osynligt styrtecken. Ta bort det och försök igen.';

/** The JSON paths (/a/0/b) of the strings in a value that hold a control character. */
export function controlCharacterPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return CONTROL.test(value) ? [path] : [];
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => controlCharacterPaths(item, `${path}/${index}`));
  }
  // A plain object only: a file's bytes (a Buffer) are the file reader's to judge.
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      controlCharacterPaths(item, `${path}/${key}`),
    );
  }
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A request body is refused with 400, field by field, where a text holds a control character:
 * before any route's validation, so no route can store one.
 */
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const paths = controlCharacterPaths(request.body);
    if (paths.length === 0) return;
    throw Object.assign(new Error(MESSAGE), {
      statusCode: 400,
      validation: paths.map((instancePath) => ({ instancePath, message: MESSAGE })),
    });
  });
}
