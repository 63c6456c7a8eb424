import type { z } from 'zod';

// The API answers the server embedded in index.html for the page's first render
// (server/src/plugins/spa-shell.ts): <script type="application/json" id="initial-data">, a JSON
// object from API URL to answer. A data block, not a script, so the CSP has nothing to allow.

const ELEMENT_ID = 'initial-data';

let answers: Map<string, unknown> | undefined;

function embeddedAnswers(): Map<string, unknown> {
  if (answers) return answers;
  answers = new Map();
  const text =
    typeof document === 'undefined' ? null : document.getElementById(ELEMENT_ID)?.textContent;
  if (text) {
    try {
      answers = new Map(Object.entries(JSON.parse(text) as Record<string, unknown>));
    } catch {
      // A broken block only costs the round trip it was meant to save.
    }
  }
  return answers;
}

/**
 * The embedded answer for `url` (as apiGet asks for it), checked against the API contract like
 * a fetched one, or undefined. Each answer is used once: a later visit to the page fetches.
 */
export function initialAnswer<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
): z.infer<Schema> | undefined {
  const all = embeddedAnswers();
  if (!all.has(url)) return undefined;
  const data = all.get(url);
  all.delete(url);
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
