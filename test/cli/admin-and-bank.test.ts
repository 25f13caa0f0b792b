import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/server-process.ts';

describe('prescreen admin key', () => {
  // Five CLI processes, each booting tsx and opening the embedded database
  // (~8 s for the first, which creates it, ~3 s for each reopen on an idle
  // machine; twice that while the rest of the suite runs beside it).
  it('creates, lists and revokes keys, showing the secret only once', { timeout: 120_000 }, async () => {
    const env = { PRESCREEN_DATA_DIR: tempDir() };
    const boot = await runCli(['admin', 'key', 'list', '--json'], env);
    expect(boot.code, boot.stderr).toBe(0);
    const created = await runCli(['admin', 'key', 'create', '--name', 'ci', '--json'], env);
    const { key, id } = JSON.parse(created.stdout) as { key: string; id: string };
    expect(key).toMatch(/^psk_/);
    const listed = await runCli(['admin', 'key', 'list', '--json'], env);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(key);
    expect((await runCli(['admin', 'key', 'revoke', id], env)).stdout).toContain(`revoked ${id}`);
    const after = JSON.parse((await runCli(['admin', 'key', 'list', '--json'], env)).stdout) as { items: Array<{ id: string; revokedAt: string | null }> };
    expect(after.items.find((k) => k.id === id)?.revokedAt).toBeTruthy();
  });
});

describe('prescreen serve configuration', () => {
  it('stops with a message naming an invalid variable', async () => {
    const res = await runCli(['serve'], { PORT: 'eighty', PRESCREEN_DATA_DIR: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('PORT');
  });

  it('lists every environment variable in --help', async () => {
    const res = await runCli(['serve', '--help']);
    for (const name of ['PORT', 'HOST', 'PRESCREEN_DATA_DIR', 'DATABASE_URL', 'PRESCREEN_ADMIN_KEY', 'SMTP_URL', 'LOG_LEVEL']) expect(res.stdout).toContain(name);
  });
});

describe('prescreen bank lint', () => {
  it('passes on the shipped bank', async () => {
    const res = await runCli(['bank', 'lint', '--json']);
    const report = JSON.parse(res.stdout) as { ok: boolean; questions: number; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('reports every problem with its file and field', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'bad.yaml'), 'id: Bad Id\ntype: riddle\ntext: hi\n');
    writeFileSync(join(dir, 'x', 'broken.yaml'), 'id: [unclosed\n');
    const res = await runCli(['bank', 'lint', '--dir', dir]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/bad\.yaml: id: must be lower-case/);
    expect(res.stdout).toMatch(/bad\.yaml: type: /);
    expect(res.stdout).toMatch(/bad\.yaml: anchors: /);
    expect(res.stdout).toMatch(/broken\.yaml: \(yaml\)/);
  });
});
