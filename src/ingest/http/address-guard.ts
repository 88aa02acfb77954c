// Keeps fetches away from private networks: decides whether an IP address is public, and wraps DNS lookups so
// that a host name resolving to a loopback, private, link-local, ... address is refused before connecting.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** A connection to a non-public address was refused. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';
  constructor(
    readonly address: string,
    readonly host: string,
    /** What kind of range the address is in, e.g. "loopback 127.0.0.0/8". */
    readonly range: string,
  ) {
    super(
      `refusing to connect to private address ${address} (${range}) for host ${host}; ` +
        'pass --allow-private to allow it',
    );
    this.name = 'PrivateAddressError';
  }
}

type Family = 'ipv4' | 'ipv6';

/** Special-purpose ranges (IANA registries) that a news fetcher has no business connecting to. */
const RANGES: [network: string, prefix: number, family: Family, what: string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified / "this network"'],
  ['10.0.0.0', 8, 'ipv4', 'private network'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private network'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'ipv4', 'documentation'],
  ['192.88.99.0', 24, 'ipv4', '6to4 relay anycast'],
  ['192.168.0.0', 16, 'ipv4', 'private network'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['198.51.100.0', 24, 'ipv4', 'documentation'],
  ['203.0.113.0', 24, 'ipv4', 'documentation'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved / broadcast'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['::', 96, 'ipv6', 'IPv4-compatible (deprecated)'],
  ['100::', 64, 'ipv6', 'discard-only'],
  ['64:ff9b:1::', 48, 'ipv6', 'local-use NAT64'],
  ['2001::', 23, 'ipv6', 'IETF protocol assignments'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['3fff::', 20, 'ipv6', 'documentation'],
  ['5f00::', 16, 'ipv6', 'segment routing'],
  ['fc00::', 7, 'ipv6', 'unique local'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'site-local (deprecated)'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const BLOCKS = RANGES.map(([network, prefix, family, what]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, label: `${what} ${network}/${prefix}` };
});

/**
 * The kind of non-public range `ip` is in (e.g. "loopback 127.0.0.0/8"), or null when it is a public address.
 * IPv4 addresses embedded in IPv6 ones (IPv4-mapped, NAT64, 6to4) are judged by the IPv4 address.
 * Anything that is not an IP address is reported as such.
 */
export function classifyAddress(ip: string): string | null {
  const address = stripBrackets(ip).replace(/%.*$/, '');
  const version = isIP(address);
  if (version === 4) return classify(address, 'ipv4');
  if (version !== 6) return 'not an IP address';
  const words = ipv6Words(address);
  if (!words) return 'not an IP address';
  const embedded = embeddedIpv4(words);
  if (embedded) {
    const inner = classify(embedded.ipv4, 'ipv4');
    if (inner) return `${embedded.how} ${inner}`;
  }
  return classify(address, 'ipv6');
}

/** True when `ip` is a public (globally routable unicast) IPv4 or IPv6 address. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === null;
}

/**
 * Throws PrivateAddressError when `hostname` is an IP literal (IPv6 with or without brackets) that is not public.
 * http.request never calls `lookup` for IP literals, so URLs must be checked with this before connecting.
 */
export function assertPublicHost(hostname: string): void {
  const address = stripBrackets(hostname);
  if (isIP(address.replace(/%.*$/, '')) === 0) return;
  const range = classifyAddress(address);
  if (range) throw new PrivateAddressError(address, hostname, range);
}

/** The resolver the guarded lookup asks for every address of a host (dns.lookup by default). */
export type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export interface GuardedLookupOptions {
  /** Allow private, loopback, link-local, ... addresses (--allow-private). Default false. */
  allowPrivate?: boolean;
  resolve?: ResolveAll;
}

/**
 * A `lookup` for http.request / net.connect that resolves all addresses of the host and fails with a
 * PrivateAddressError when any of them is not public (unless allowPrivate), so a host name cannot smuggle a
 * connection to an internal service.
 */
export function createGuardedLookup(options: GuardedLookupOptions = {}): LookupFunction {
  const resolve: ResolveAll = options.resolve ?? dnsLookup;
  const allowPrivate = options.allowPrivate ?? false;
  return (hostname: string, lookupOptions: LookupOptions, callback) => {
    resolve(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      if (!allowPrivate) {
        for (const { address } of addresses) {
          const range = classifyAddress(address);
          if (range) return callback(new PrivateAddressError(address, hostname, range), '', 0);
        }
      }
      if (lookupOptions.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) {
        const none: NodeJS.ErrnoException = new Error(`no addresses found for host ${hostname}`);
        none.code = 'ENOTFOUND';
        return callback(none, '', 0);
      }
      callback(null, first.address, first.family);
    });
  };
}

/** A guarded lookup that refuses every non-public address. */
export const lookup: LookupFunction = createGuardedLookup();

function classify(address: string, family: Family): string | null {
  for (const block of BLOCKS)
    if (block.family === family && block.list.check(address, family)) return block.label;
  return null;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** The eight 16-bit words of an IPv6 address (already validated by isIP), or null. */
function ipv6Words(address: string): number[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted.slice(1).map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((w) => (/^[0-9a-f]{1,4}$/.test(w) ? parseInt(w, 16) : NaN)) : [];
  const left = parse(halves[0]);
  const right = parse(halves[1]);
  const fill = 8 - left.length - right.length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return null;
  const words = [...left, ...new Array<number>(fill).fill(0), ...right];
  return words.every(Number.isInteger) ? words : null;
}

/** The IPv4 address carried in an IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) IPv6 address. */
function embeddedIpv4(w: number[]): { ipv4: string; how: string } | null {
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zero = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && w[5] === 0xffff) return { ipv4: v4(w[6]!, w[7]!), how: 'IPv4-mapped' };
  if (w[0] === 0x64 && w[1] === 0xff9b && zero(2, 6)) return { ipv4: v4(w[6]!, w[7]!), how: 'NAT64' };
  if (w[0] === 0x2002) return { ipv4: v4(w[1]!, w[2]!), how: '6to4' };
  return null;
}
