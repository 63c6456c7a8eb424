import { isIP } from 'node:net';
import type { FastifyServerOptions } from 'fastify';

// Whom to believe about the client's address (X-Forwarded-For) and protocol. Believing every hop
// (trustProxy: true) lets a client name its own address and so escape the sign-in rate limit;
// believing none behind a proxy puts every client in one bucket, where one can lock out all.
// So only a number of proxies in front of the server, or their addresses, is accepted.

const CIDR = /^(.+)\/(\d{1,3})$/;

function isAddressOrRange(text: string): boolean {
  const range = CIDR.exec(text);
  const address = range?.[1] ?? text;
  const version = isIP(address);
  if (version === 0) return false;
  return !range || Number(range[2]) <= (version === 4 ? 32 : 128);
}

const HELP =
  'Ange antalet proxyservrar framför Målbild (t.ex. TRUST_PROXY=1) eller deras adresser (t.ex. TRUST_PROXY=10.0.0.5,10.0.1.0/24), eller false.';

/** TRUST_PROXY as Fastify's trustProxy; throws with a Swedish message for anything else. */
export function parseTrustProxy(value: string | undefined): FastifyServerOptions['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') {
    throw new Error(
      `TRUST_PROXY=true skulle tro på varje X-Forwarded-For-led, så att en klient kan välja sin egen adress och slippa inloggningsspärren. ${HELP}`,
    );
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    // Fastify's numeric trustProxy does not count hops; a function over the hop index does.
    return (_address: string, hop: number) => hop < hops;
  }
  const addresses = text.split(',').map((part) => part.trim());
  const wrong = addresses.filter((address) => !isAddressOrRange(address));
  if (wrong.length > 0) {
    throw new Error(
      `TRUST_PROXY innehåller det som inte är en adress: ${wrong.join(', ')}. ${HELP}`,
    );
  }
  return addresses;
}
