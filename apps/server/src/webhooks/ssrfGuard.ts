import dns, { type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

// Addresses a webhook must never reach from our network: loopback, private, link-local (cloud
// metadata at 169.254.169.254 lives there), CGNAT, unique-local and the unspecified addresses.
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6
 * address. These are judged by the address they carry: a BlockList rule for ::ffff:0:0/96 would
 * also match every plain IPv4 address, public ones included.
 */
function embeddedIpv4(address: string): string | undefined {
  const compressed = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const match = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (!match) return undefined;
  const [high, low] = [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16)];
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return blocked.check(address, 'ipv4');
  const carried = embeddedIpv4(address);
  return carried ? blocked.check(carried, 'ipv4') : blocked.check(address, 'ipv6');
}

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

// Looked up through the module object at call time, so tests can stand in for DNS as msw
// stands in for providers.
function lookupAll(hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void): void {
  dns.lookup(hostname, { all: true }, callback);
}

/**
 * A `lookup` for http.request that refuses private addresses. Checking the address actually
 * connected to (not a separate earlier lookup) also defeats DNS rebinding.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: { all?: boolean },
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    lookupAll(hostname, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
      if (refused) return callback(new BlockedAddressError(`${hostname} resolves to ${refused.address}, a private address`), []);
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      callback(null, first!.address, first!.family);
    });
  };
}

// `localhost.` is `localhost`: a final dot only makes a name fully qualified.
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();

/** A literal private IP: Node connects to an IP literal without any lookup, so guardedLookup never sees it. */
export function privateIpLiteral(url: URL): string | undefined {
  const host = hostOf(url);
  return isIP(host) && isPrivateAddress(host) ? `${host} is a private address` : undefined;
}

/** The check that needs no network: localhost names and literal private IPs. */
export function privateUrlProblem(url: URL): string | undefined {
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) return `${host} is a local name`;
  return privateIpLiteral(url);
}

const saveLookupTimeoutMs = 2000;

/**
 * The check when a URL is saved: privateUrlProblem, then the name's current addresses. A name
 * that does not resolve (yet) is accepted; every send resolves it again through guardedLookup.
 */
export async function privateTargetProblem(url: URL): Promise<string | undefined> {
  const problem = privateUrlProblem(url);
  const host = hostOf(url);
  if (problem || isIP(host)) return problem;
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), saveLookupTimeoutMs);
    lookupAll(host, (error, found) => {
      clearTimeout(timer);
      resolve(error ? [] : found);
    });
  });
  const refused = addresses.find((entry) => isPrivateAddress(entry.address));
  return refused && `${host} resolves to ${refused.address}, a private address`;
}
