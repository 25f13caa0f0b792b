import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnServer, tempDir, type ServerProcess } from '../support/server-process.ts';
import { validScreenBody } from '../support/screens.ts';

const ADMIN_KEY = 'psk_test_admin_key_0123456789abcdef';

describe('PGlite data directory across processes', () => {
  const dataDir = tempDir();
  const running: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop('SIGKILL')));
  });

  it('refuses a second process on the same directory at once, naming the directory and the pid', async () => {
    const first = await spawnServer({ PRESCREEN_DATA_DIR: dataDir, PRESCREEN_ADMIN_KEY: ADMIN_KEY });
    running.push(first);
    const second = await runCli(['serve'], { PRESCREEN_DATA_DIR: dataDir, PORT: '0' });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(dataDir);
    expect(second.stderr).toContain(`process ${first.child.pid}`);
    expect(second.stderr).not.toContain('    at '); // a message, not a stack trace
  });

  it('keeps everything acknowledged after kill -9, and a restart takes over the stale lock', async () => {
    const server = running[0]!;
    const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${server.url}/api/v1/screens`, { method: 'POST', headers, body: JSON.stringify(validScreenBody({ title: `Durable ${i}` })) });
      const body = (await res.json()) as { id: string };
      expect(res.status, JSON.stringify(body)).toBe(201);
      created.push(body.id);
    }
    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    running.pop();

    const restarted = await spawnServer({ PRESCREEN_DATA_DIR: dataDir });
    running.push(restarted);
    const res = await fetch(`${restarted.url}/api/v1/screens`, { headers });
    const ids = ((await res.json()) as { items: Array<{ id: string }> }).items.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(created));
    expect(restarted.output()).not.toContain('First start'); // the same database, not a new one
  });

  it('stops cleanly on SIGTERM and releases the directory', async () => {
    const server = running.pop()!;
    expect(await server.stop('SIGTERM')).toBe(0);
    const again = await spawnServer({ PRESCREEN_DATA_DIR: dataDir });
    running.push(again);
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
  });
});
