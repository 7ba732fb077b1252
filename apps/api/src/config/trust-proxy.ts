import { isIP } from 'node:net';

/**
 * Whose X-Forwarded-For the app believes: nobody (false), the last N hops in front of it, or the
 * proxies at these addresses or ranges. Never "anyone": the client could name any address.
 */
export type TrustProxy = false | number | string[];

const HOPS = /^[1-9]\d{0,1}$/;

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

const entriesOf = (text: string): string[] => text.split(',').map((entry) => entry.trim());

/** Whether TRUST_PROXY's text is off, a hop count (1-99) or a list of addresses and CIDR ranges. */
export function isTrustProxy(text: string): boolean {
  const value = text.trim().toLowerCase();
  return ['false', 'no', '0'].includes(value) || HOPS.test(value) || entriesOf(value).every(isAddressOrRange);
}

/** Reads a TRUST_PROXY that isTrustProxy accepted; unset is off. */
export function parseTrustProxy(text: string | undefined): TrustProxy {
  const value = text?.trim().toLowerCase();
  if (value === undefined || ['false', 'no', '0'].includes(value)) return false;
  return HOPS.test(value) ? Number(value) : entriesOf(value);
}

/**
 * Fastify's trustProxy for a TrustProxy. Fastify treats a bare hop count as "trust nobody", so a
 * count becomes a function trusting that many hops from the socket inwards; it suits an app that
 * only its proxies can reach.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}
