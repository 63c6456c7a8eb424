import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../src/trust-proxy';
import { addUser, createTestContext, PASSWORD } from './session-helpers';

// Finding 5 of the hardening review: with TRUST_PROXY=true a client named its own address and
// escaped the sign-in limit. Only a hop count or the proxies' addresses are accepted, and
// sign-in is limited per username too, without letting an attacker lock the real user out.

const login = (
  context: Awaited<ReturnType<typeof createTestContext>>,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) =>
  context.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers,
  });

describe('TRUST_PROXY', () => {
  it('refuses true and anything that is not a hop count or addresses, saying what to write', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY=1/);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/proxy\.example/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('10.0.0.5, 10.0.1.0/24,::1')).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
    ]);
  });

  it('behind one proxy, a client cannot pick its own address to escape the limit', async () => {
    const context = await createTestContext({ trustProxy: parseTrustProxy('1') });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      // The client writes any address it likes; the proxy appends the one it saw.
      const forwarded = `198.51.100.${i}, 203.0.113.7`;
      const response = await login(context, `gissning${i}`, 'fel-lösenord', {
        'x-forwarded-for': forwarded,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    await context.app.close();
  });

  it('behind one proxy, clients the proxy tells apart have limits of their own', async () => {
    const context = await createTestContext({ trustProxy: parseTrustProxy('1') });
    for (let i = 0; i < 10; i++) {
      await login(context, `gissning${i}`, 'fel', { 'x-forwarded-for': '203.0.113.7' });
    }
    const other = await login(context, 'gissning', 'fel', { 'x-forwarded-for': '203.0.113.8' });
    expect(other.statusCode).toBe(401);
    await context.app.close();
  });
});

describe('the sign-in limit per username', () => {
  it('locks a username after ten failures from anywhere, but not for a browser its owner used before', async () => {
    const context = await createTestContext({ trustProxy: parseTrustProxy('1') });
    await addUser(context.db, 'anna', ['controller']);
    const from = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });
    // Anna signs in from her own computer: it gets a device cookie.
    const own = await login(context, 'anna', PASSWORD, from(200));
    expect(own.statusCode).toBe(200);
    const device = own.cookies.find((c) => c.name === 'malbild_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });

    // An attacker guesses from ten addresses.
    for (let i = 0; i < 10; i++) {
      expect((await login(context, 'anna', `gissning-${i}`, from(i))).statusCode).toBe(401);
    }
    // Now even the right password from an unknown browser is refused, with a message saying why.
    const locked = await login(context, 'anna', PASSWORD, from(50));
    expect(locked.statusCode).toBe(429);
    expect(locked.json<{ message: string }>().message).toMatch(
      /^För många misslyckade inloggningar för anna\. Vänta 15 minuter, eller logga in från en dator där du har loggat in förut\.$/,
    );
    // Anna's own browser still gets in, and other accounts are not affected.
    const cookie = `malbild_device=${device?.value ?? ''}`;
    expect((await login(context, 'anna', PASSWORD, { ...from(200), cookie })).statusCode).toBe(200);
    expect((await login(context, 'bo', 'fel', from(51))).statusCode).toBe(401);
    // A device cookie of someone else's account does not open Anna's.
    await addUser(context.db, 'bo', ['controller']);
    const bo = await login(context, 'bo', PASSWORD, from(52));
    const boDevice = bo.cookies.find((c) => c.name === 'malbild_device')?.value ?? '';
    const borrowed = await login(context, 'anna', PASSWORD, {
      ...from(52),
      cookie: `malbild_device=${boDevice}`,
    });
    expect(borrowed.statusCode).toBe(429);
    await context.app.close();
  });
});
