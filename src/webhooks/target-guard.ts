import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Webhook URLs come from API-key holders; without this check any of them
 * could make the server POST to its own network (cloud metadata, admin
 * ports). Private, loopback and link-local targets are refused unless the
 * operator allows them (PRESCREEN_WEBHOOKS_ALLOW_PRIVATE=true, e.g. for a
 * receiver on the same host). The check resolves the name at delivery time;
 * a DNS answer that changes between this lookup and the connection is not
 * covered.
 */
export async function assertPublicTarget(url: string): Promise<void> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`webhook URL scheme ${parsed.protocol} is not allowed`);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) throw new Error(`webhook target ${host} resolves to a private address (${blocked})`);
}

export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) return isPrivateV4(address);
  const a = address.toLowerCase();
  if (a.startsWith('::ffff:')) return isPrivateV4(a.slice(7));
  return a === '::1' || a === '::' || a.startsWith('fc') || a.startsWith('fd') || a.startsWith('fe80');
}

function isPrivateV4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}
