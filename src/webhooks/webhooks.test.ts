import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverWebhook, memoryReplayGuard, signWebhook, verifyWebhook, type WebhookEnvelope } from './index.ts';

const secret = 'whsec-test-secret';
const body = JSON.stringify({ id: 'evt_1', type: 'report.ready', data: { overall: 72 } });
const now = 1_800_000_000;

describe('webhook verification', () => {
  const headers = signWebhook({ secret, eventId: 'evt_1', body, timestamp: now });

  it('accepts a valid signature', () => {
    expect(verifyWebhook({ secret, body, headers, nowSeconds: now + 10 })).toEqual({ ok: true, eventId: 'evt_1' });
  });

  it('refuses a tampered body, id or timestamp', () => {
    expect(verifyWebhook({ secret, body: body.replace('72', '99'), headers, nowSeconds: now })).toEqual({ ok: false, error: 'bad_signature' });
    expect(verifyWebhook({ secret, body, headers: { ...headers, 'webhook-id': 'evt_2' }, nowSeconds: now })).toMatchObject({ error: 'bad_signature' });
    expect(verifyWebhook({ secret, body, headers: { ...headers, 'webhook-timestamp': String(now + 1) }, nowSeconds: now })).toMatchObject({ error: 'bad_signature' });
  });

  it('refuses the wrong secret and missing headers', () => {
    expect(verifyWebhook({ secret: 'other', body, headers, nowSeconds: now })).toMatchObject({ error: 'bad_signature' });
    expect(verifyWebhook({ secret, body, headers: {}, nowSeconds: now })).toMatchObject({ error: 'missing_headers' });
  });

  it('refuses a stale timestamp', () => {
    expect(verifyWebhook({ secret, body, headers, nowSeconds: now + 301 })).toEqual({ ok: false, error: 'stale_timestamp' });
  });

  it('refuses a replayed event id', () => {
    const replayGuard = memoryReplayGuard();
    expect(verifyWebhook({ secret, body, headers, nowSeconds: now, replayGuard }).ok).toBe(true);
    expect(verifyWebhook({ secret, body, headers, nowSeconds: now + 5, replayGuard })).toEqual({ ok: false, error: 'replayed' });
  });

  it('accepts any of several signatures, for secret rotation', () => {
    const old = signWebhook({ secret: 'old', eventId: 'evt_1', body, timestamp: now })['webhook-signature'];
    const both = { ...headers, 'webhook-signature': `${old} ${headers['webhook-signature']}` };
    expect(verifyWebhook({ secret, body, headers: both, nowSeconds: now }).ok).toBe(true);
  });
});

describe('webhook delivery', () => {
  const received: { headers: IncomingMessage['headers']; body: string; path: string }[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: data, path: req.url ?? '' });
      res.statusCode = status;
      if (status === 307) res.setHeader('location', '/elsewhere');
      res.end();
    });
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const envelope: WebhookEnvelope = { id: 'evt_9', type: 'interview.completed', createdAt: '2026-01-05T09:00:00Z', data: { interviewId: 'i1' } };

  it('posts a body the receiver can verify', async () => {
    await deliverWebhook({ url, secret }, envelope, now, undefined, true);
    const got = received.at(-1)!;
    expect(JSON.parse(got.body)).toEqual(envelope);
    expect(verifyWebhook({ secret, body: got.body, headers: got.headers, nowSeconds: now })).toEqual({ ok: true, eventId: 'evt_9' });
  });

  it('throws on a non-2xx answer so the outbox retries', async () => {
    status = 503;
    await expect(deliverWebhook({ url, secret }, envelope, now, undefined, true)).rejects.toMatchObject({ status: 503 });
    status = 200;
  });

  it('does not follow a redirect: the POST would go on to a target nobody checked', async () => {
    status = 307;
    const before = received.length;
    await expect(deliverWebhook({ url, secret }, envelope, now, undefined, true)).rejects.toThrow(/answered 307 \(redirects are not followed/);
    expect(received.slice(before).map((r) => r.path)).toEqual(['/hook']);
    status = 200;
  });
});

describe('webhook delivery to a private address', () => {
  it('is refused by default, before anything is sent', async () => {
    const envelope: WebhookEnvelope = { id: 'evt_ssrf', type: 'report.ready', createdAt: '2026-01-05T09:00:00Z', data: {} };
    await expect(deliverWebhook({ url: 'http://169.254.169.254/latest/meta-data', secret: 'whsec_x' }, envelope, 1)).rejects.toThrow(/refused: .*private address/);
  });
});
