import { describe, expect, it } from 'vitest';
import { runCli } from '../support/server-process.ts';

describe('prescreen lab', () => {
  it('runs a scenario and prints the explanation with the trace as a table', async () => {
    const res = await runCli(['lab', 'run', '--scenario', 'counter', '--strategy', 'read-modify-write', '--faults', 'race', '--clients', '2']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Lost update');
    expect(res.stdout).toMatch(/t\s+actor\s+action\s+read\s+write\s+store before → after\s+note/);
    expect(res.stdout).toContain('one increment was lost although every call succeeded');
  });

  it('exits 0 when a fix passes every fault model and 1 when it fails one', async () => {
    const pass = await runCli(['lab', 'grade', '--scenario', 'payment', '--strategy', 'idempotency-key', '--json']);
    expect(pass.code).toBe(0);
    expect(JSON.parse(pass.stdout)).toMatchObject({ pass: true });
    const failing = await runCli(['lab', 'grade', '--scenario', 'counter', '--strategy', 'read-modify-write']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✗ race');
  });
});
