// The HTTP layer: fetch pages, feeds and robots.txt politely and safely, and decode bytes to text.
export {
  assertPublicHost,
  classifyAddress,
  createGuardedLookup,
  isPublicAddress,
  lookup,
  PrivateAddressError,
  type GuardedLookupOptions,
  type ResolveAll,
} from './address-guard.js';
export {
  BINARY_SNIFF_BYTES,
  decodeBytes,
  DecodeError,
  decodeWindows1252,
  invalidUtf8Offset,
  looksBinary,
  META_PRESCAN_BYTES,
  parseContentType,
  type CharsetSource,
  type DecodeHints,
  type DecodeKind,
  type Decoded,
} from './decode.js';
export {
  createFetcher,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_POLITENESS_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  FetchError,
  formatBytes,
  type FetchErrorCode,
  type Fetcher,
  type FetcherOptions,
  type FetchOptions,
  type FetchResult,
  type HttpFetcher,
} from './fetcher.js';
export { DEFAULT_MAX_CRAWL_DELAY_MS, PolitenessScheduler, type PolitenessOptions } from './politeness.js';
export {
  DEFAULT_ROBOTS_TTL_MS,
  productToken,
  RobotsCache,
  robotsTxtUrl,
  type RobotsOptions,
  type RobotsTxtSource,
  type RobotsVerdict,
} from './robots.js';
