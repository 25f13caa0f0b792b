import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { memoryReplayGuard, verifyWebhook, type VerifyResult } from '../../src/webhooks/index.ts';

export interface Envelope {
  readonly id: string;
  readonly type: string;
  readonly data: { interviewId: string; [k: string]: unknown };
}

/** A delivery held open by the receiver (no answer yet); `cutAt` is set if the sender's connection closed first. */
export interface Held {
  readonly envelope: Envelope;
  readonly at: number;
  /** The sender's local port, to tell which instance sent it. */
  readonly fromPort: number;
  cutAt: number | null;
  release(): void;
}

/**
 * A real webhook receiver on 127.0.0.1: verifies every signature with
 * src/webhooks, records every delivery (duplicates included) and keeps the
 * first of each event id, as a receiver is told to. It can hold chosen
 * deliveries open, to have a sender die while it waits.
 */
export class WebhookReceiver {
  readonly deliveries: { envelope: Envelope; verdict: VerifyResult }[] = [];
  /** The deduplicated events, by event id. */
  readonly accepted = new Map<string, Envelope>();
  readonly held: Held[] = [];
  secret = '';
  holdIf: (e: Envelope) => boolean = () => false;
  private readonly guard = memoryReplayGuard();
  private readonly server = createServer((req, res) => this.handle(req, res));

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  async close(): Promise<void> {
    for (const h of this.held) h.release();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const envelope = JSON.parse(body) as Envelope;
      if (this.holdIf(envelope)) {
        const held: Held = { envelope, at: Date.now(), fromPort: req.socket.remotePort!, cutAt: null, release: () => void (res.writableEnded || res.destroyed || res.writeHead(503).end()) };
        res.on('close', () => void (res.writableEnded ? undefined : (held.cutAt = Date.now())));
        this.held.push(held);
        return;
      }
      const verdict = verifyWebhook({ secret: this.secret, body, headers: req.headers, nowSeconds: Math.floor(Date.now() / 1000), replayGuard: this.guard });
      this.deliveries.push({ envelope, verdict });
      if (verdict.ok) this.accepted.set(verdict.eventId, envelope);
      // A replay of an accepted id is acknowledged again (the sender must stop), and not processed twice.
      res.writeHead(verdict.ok || verdict.error === 'replayed' ? 204 : 401).end();
    });
  }
}

export interface Mail {
  readonly to: string[];
  readonly eventId: string | null;
  readonly subject: string;
}

/** An SMTP server in this process, recording every message with its X-Prescreen-Event-Id. */
export class SmtpSink {
  readonly mails: Mail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData: (stream, session, done) => {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(raw)?.[1]?.trim() ?? null;
        this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), eventId: header('X-Prescreen-Event-Id'), subject: header('Subject') ?? '' });
        done();
      });
    },
  });

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

export async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
