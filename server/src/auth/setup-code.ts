import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// The one-time code that lets the first administrator be created in the browser (decision 014).
// The server makes one at start while the database has no account and writes it to its log:
// whoever reads the log started the server, and a visitor who only reaches the page cannot
// take over a new installation by being first.

// No 0/O, 1/I/L: the code is read from a terminal and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** E.g. "K7QW-3MZP-XA9T-HV2C": about 79 bits, far beyond guessing at the route's rate limit. */
export function createSetupCode(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}

const digest = (code: string) =>
  createHash('sha256')
    .update(code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .digest();

/** Whether `given` is the code, ignoring case, spaces and dashes; in constant time. */
export function setupCodeMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}
