import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnServer, tempDir, type ServerProcess } from '../support/server-process.ts';
import { validScreenBody } from '../support/screens.ts';

const ADMIN_KEY = 'psk_test_admin_key_cli_interview_0123';
const ANSWER = 'At Acme in 2022 I owned our payments API.\nI added idempotency keys and a version column myself; duplicate charges fell to zero.\n\n';

describe('the terminal interview, the report and the mailbox from the CLI', () => {
  const dataDir = tempDir();
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('takes an interview through the API, then prints its report and the invitation email', async () => {
    server = await spawnServer({ PRESCREEN_DATA_DIR: dataDir, PRESCREEN_ADMIN_KEY: ADMIN_KEY });
    const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
    const screen = (await (await fetch(`${server.url}/api/v1/screens`, { method: 'POST', headers, body: JSON.stringify(validScreenBody()) })).json()) as { id: string };
    await fetch(`${server.url}/api/v1/screens/${screen.id}/publish`, { method: 'POST', headers: { authorization: headers.authorization, 'if-match': '"1"' } });
    const inv = ((await (await fetch(`${server.url}/api/v1/screens/${screen.id}/invitations`, {
      method: 'POST', headers, body: JSON.stringify({ candidates: [{ name: 'Terminal Tess', email: 'tess@example.com' }] }),
    })).json()) as { items: { token: string; interviewId: string }[] }).items[0]!;

    const run = await runCli(['interview', '--token', inv.token, '--url', server.url], {}, ANSWER.repeat(20));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('How your answers are judged');
    expect(run.stdout).toContain('Question 1 of 6');
    expect(run.stdout).toContain('the interview is complete');

    const trial = await runCli(['interview', '--screen', screen.id, '--key', ADMIN_KEY, '--url', server.url], {}, ANSWER.repeat(20));
    expect(trial.code, trial.stderr).toBe(0);
    expect(trial.stdout).toMatch(/Trial result: \d+\/100/);

    for (let i = 0; i < 40 && !server.output().includes('mailbox: to tess@example.com'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toContain('mailbox: to tess@example.com');
    expect(await server.stop('SIGTERM')).toBe(0);
    server = null;

    const md = await runCli(['report', inv.interviewId, '--format', 'md'], { PRESCREEN_DATA_DIR: dataDir });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Screening report: Terminal Tess\n\nBackend engineer, payments · /);
    expect(md.stdout).toMatch(/\*\*Overall: \d+ \/ 100 — (Pass|Does not pass|Needs review)\*\*/);
    expect(md.stdout).toContain('## Transcript');
    const json = await runCli(['report', inv.interviewId, '--format', 'json'], { PRESCREEN_DATA_DIR: dataDir });
    expect(JSON.parse(json.stdout)).toMatchObject({ interviewId: inv.interviewId, revision: 1 });

    const mail = await runCli(['mail', 'list', '--to', 'tess@example.com', '--full'], { PRESCREEN_DATA_DIR: dataDir });
    expect(mail.code, mail.stderr).toBe(0);
    expect(mail.stdout).toContain('Your screening interview for Backend engineer, payments');
    expect(mail.stdout).toContain(`/i/${inv.token}`);
  }, 120_000); // seven processes, each starting tsx
});
