import { describe, expect, it } from 'vitest';
import { assertPublicTarget, isPrivateAddress } from './target-guard.ts';

describe('webhook target guard', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'])('treats %s as private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111'])('treats %s as public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });

  it('refuses loopback, metadata and non-HTTP targets before sending anything', async () => {
    await expect(assertPublicTarget('http://127.0.0.1:9000/hook')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://[::1]:9000/hook')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://169.254.169.254/latest/meta-data')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('http://localhost:9000/hook')).rejects.toThrow(/private address/);
    await expect(assertPublicTarget('file:///etc/passwd')).rejects.toThrow(/scheme/);
  });

  it('lets a public address through', async () => {
    await expect(assertPublicTarget('https://93.184.216.34/hook')).resolves.toBeUndefined();
  });
});
