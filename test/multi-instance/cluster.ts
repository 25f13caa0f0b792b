import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { freePort, spawnServer, type ServerProcess } from '../support/server-process.ts';

/** What one HTTP call came back with; `status: 0` is a network error (the instance died under it). */
export interface Reply {
  readonly instance: number;
  readonly status: number;
  readonly body: any;
  readonly replayed: boolean;
  readonly error?: string;
}

/**
 * N `prescreen serve` processes on one database, as behind a load balancer:
 * each keeps its port across a kill -9 and a restart. Instances are numbered
 * from 1, as in the test's story.
 */
export class Cluster {
  private readonly servers = new Map<number, ServerProcess>();
  private readonly ports = new Map<number, string>();

  private constructor(private readonly env: Record<string, string>) {}

  /** Starts `n` instances at once: migrations and the first-start bootstrap race, as in a rollout. */
  static async start(env: Record<string, string>, n: number): Promise<Cluster> {
    const cluster = new Cluster(env);
    for (let i = 1; i <= n; i++) cluster.ports.set(i, String(await freePort()));
    const started = await Promise.allSettled([...cluster.ports.keys()].map((i) => cluster.restart(i)));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      await cluster.stopAll();
      throw (failed as PromiseRejectedResult).reason;
    }
    return cluster;
  }

  /** Instances that are up now. */
  live(): number[] {
    return [...this.servers.keys()].sort();
  }

  url(i: number): string {
    return `http://127.0.0.1:${this.ports.get(i)}`;
  }

  output(i: number): string {
    return this.servers.get(i)?.output() ?? '';
  }

  /** kill -9: no shutdown hook runs, open transactions and leases are left behind. */
  async kill(i: number): Promise<void> {
    const server = this.servers.get(i);
    if (!server) return;
    this.servers.delete(i);
    await server.stop('SIGKILL');
  }

  /** Starts instance i (again) on its port. */
  async restart(i: number): Promise<void> {
    const server = await spawnServer({ ...this.env, PORT: this.ports.get(i)! });
    this.servers.set(i, server);
  }

  /**
   * The instance whose process holds the TCP socket bound to local `port`,
   * e.g. the sender of a request a test server received from that port.
   * Read from /proc (Linux): which dispatcher claims a message is a race.
   */
  instanceOnLocalPort(port: number): number | undefined {
    const inode = socketInode(port);
    if (!inode) return undefined;
    return this.live().find((i) => {
      const pid = this.servers.get(i)!.child.pid!;
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`;
        } catch {
          return false; // closed meanwhile
        }
      });
    });
  }

  async stopAll(): Promise<void> {
    const all = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(all.map((s) => s.stop('SIGKILL')));
  }

  /** One HTTP call to instance i; a refused or cut connection is `status: 0`, not a throw. */
  async call(i: number, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    try {
      const res = await fetch(`${this.url(i)}${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await res.text();
      return { instance: i, status: res.status, body: text ? JSON.parse(text) : null, replayed: res.headers.get('idempotent-replayed') === 'true' };
    } catch (error) {
      return { instance: i, status: 0, body: null, replayed: false, error: String((error as Error).cause ?? error) };
    }
  }
}

function socketInode(port: number): string | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[9] && cols[9] !== '0') return cols[9];
    }
  }
  return undefined;
}

/** A small seeded generator, so a failing run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items of `xs` in random order (fewer if xs is shorter). */
export function pick<T>(xs: readonly T[], count: number, random: () => number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}
