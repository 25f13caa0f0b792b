import { describe, expect, it } from 'vitest';
import { assertPublicTarget, isPrivateAddress } from './target-guard.ts';

describe('webhook target guard', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1',
    // IPv4 in IPv6 clothing, as WHATWG URL normalises it ("[::ffff:127.0.0.1]" becomes "::ffff:7f00:1") and otherwise.
    '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1', '0:0:0:0:0:ffff:7f00:1', '::127.0.0.1', '::', '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::', 'ff02::1', '224.0.0.1', 'not-an-address'])('treats %s as private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])('treats %s as public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });

  it('refuses loopback, metadata and non-HTTP targets before sending anything', async () => {
    await expect(assertPublicTarget('http://127.0.0.1:9000/hook')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://[::1]:9000/hook')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://169.254.169.254/latest/meta-data')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://localhost:9000/hook')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('file:///etc/passwd')).rejects.toThrow(/scheme/);
    await expect(assertPublicTarget('http://[::ffff:127.0.0.1]:9000/internal-admin')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://[::ffff:169.254.169.254]/latest/meta-data')).rejects.toThrow(/private address/);
  });

  it('lets a public address through', async () => {
    await expect(assertPublicTarget('https://93.184.216.34/hook')).resolves.toBeUndefined();
  });
});
