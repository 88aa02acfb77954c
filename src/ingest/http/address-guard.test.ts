import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import {
  assertPublicHost,
  classifyAddress,
  createGuardedLookup,
  isPublicAddress,
  lookup,
  PrivateAddressError,
  type ResolveAll,
} from './address-guard.js';

describe('isPublicAddress', () => {
  it.each([
    '0.0.0.0',
    '10.0.0.1',
    '100.64.1.1',
    '127.0.0.1',
    '127.255.0.9',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.2.7',
    '192.168.1.1',
    '198.18.0.1',
    '224.0.0.251',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:a00:1',
    '::127.0.0.1',
    '64:ff9b::10.0.0.1',
    '2002:c0a8:0101::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    '[::1]',
    'ff02::1',
    '2001:db8::1',
    'not-an-ip',
  ])('%s is not public', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '::ffff:8.8.8.8',
    '2606:4700:4700::1111',
    '2a00:1450::1',
  ])('%s is public', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it('says which range an address is in', () => {
    expect(classifyAddress('10.1.2.3')).toBe('private network 10.0.0.0/8');
    expect(classifyAddress('::ffff:192.168.0.1')).toBe('IPv4-mapped private network 192.168.0.0/16');
    expect(classifyAddress('fe80::1')).toBe('link-local fe80::/10');
    expect(classifyAddress('93.184.216.34')).toBeNull();
  });
});

describe('assertPublicHost', () => {
  it('refuses private IP literals and lets names and public literals through', () => {
    expect(() => assertPublicHost('127.0.0.1')).toThrow(PrivateAddressError);
    expect(() => assertPublicHost('[::1]')).toThrow(/refusing to connect to private address ::1/);
    expect(() => assertPublicHost('8.8.8.8')).not.toThrow();
    expect(() => assertPublicHost('example.com')).not.toThrow();
  });
});

describe('createGuardedLookup', () => {
  const resolveTo =
    (...addresses: LookupAddress[]): ResolveAll =>
    (_host, _options, callback) =>
      callback(null, addresses);

  function run(
    fn: ReturnType<typeof createGuardedLookup>,
    host: string,
    all: boolean,
  ): Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }> {
    return new Promise((resolve) =>
      fn(host, { all }, (err, address, family) => resolve({ err, address, family })),
    );
  }

  it('fails when any resolved address is private, naming the address and host', async () => {
    const guarded = createGuardedLookup({
      resolve: resolveTo({ address: '93.184.216.34', family: 4 }, { address: '10.0.0.1', family: 4 }),
    });
    const { err } = await run(guarded, 'example.internal', false);
    expect(err).toBeInstanceOf(PrivateAddressError);
    expect(err?.message).toBe(
      'refusing to connect to private address 10.0.0.1 (private network 10.0.0.0/8) for host example.internal; ' +
        'pass --allow-private to allow it',
    );
  });

  it('answers in the shape asked for (one address, or all)', async () => {
    const addresses = [
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ];
    const guarded = createGuardedLookup({ resolve: resolveTo(...addresses) });
    expect(await run(guarded, 'example.com', false)).toEqual({
      err: null,
      address: '93.184.216.34',
      family: 4,
    });
    expect(await run(guarded, 'example.com', true)).toMatchObject({ err: null, address: addresses });
  });

  it('allows private addresses when asked to', async () => {
    const guarded = createGuardedLookup({
      allowPrivate: true,
      resolve: resolveTo({ address: '127.0.0.1', family: 4 }),
    });
    expect(await run(guarded, 'localhost', false)).toMatchObject({ err: null, address: '127.0.0.1' });
  });

  it('passes resolver errors through', async () => {
    const guarded = createGuardedLookup({
      resolve: (_h, _o, callback) => callback(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }), []),
    });
    expect((await run(guarded, 'nowhere.invalid', false)).err?.code).toBe('ENOTFOUND');
  });

  it('refuses localhost with the real resolver', async () => {
    const { err } = await run(lookup, 'localhost', true);
    expect(err).toBeInstanceOf(PrivateAddressError);
  });
});
