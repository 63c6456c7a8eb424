import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost N (a power of two; r = 8, p = 1). 2^15 is about 32 MiB and ~50–100 ms per hash on
 * this hardware: slow for a guesser, quick enough for a sign-in. Tests choose a cheaper N, so
 * their speed does not depend on the machine's; the parameters are stored with each hash, so
 * every hash verifies with the cost it was made with, and the cost can be raised later.
 */
export const PRODUCTION_SCRYPT_N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * (options.N ?? 0) * (options.r ?? 0) + 1024 * 1024;
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, N = PRODUCTION_SCRYPT_N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A scrypt cost from the environment (MALBILD_SCRYPT_N), refusing what scrypt cannot use. */
export function scryptNFrom(value: string | undefined): number {
  if (value === undefined || value === '') return PRODUCTION_SCRYPT_N;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2 || (n & (n - 1)) !== 0) {
    throw new Error(`MALBILD_SCRYPT_N must be a power of two, e.g. 32768; got ${value}`);
  }
  return n;
}

/** Hashing at one cost, and a sign-in check that takes as long for a missing user. */
export function createPasswords(N = PRODUCTION_SCRYPT_N) {
  let dummyHash: Promise<string> | undefined;
  return {
    hash: (password: string) => hashPassword(password, N),
    verify: verifyPassword,
    /** Spends the same time as a real check, so a missing user cannot be told from a wrong password. */
    async verifyAgainstNothing(password: string): Promise<false> {
      dummyHash ??= hashPassword('not-a-real-password', N);
      await verifyPassword(password, await dummyHash);
      return false;
    },
  };
}
export type Passwords = ReturnType<typeof createPasswords>;
