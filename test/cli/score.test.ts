import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/server-process.ts';

const ANSWER =
  'Keys and nodes are hashed onto one ring, and a key lives on the first node clockwise, so a joining node only takes ' +
  'keys from its neighbour. The next two nodes keep copies, because a node can die at any time. Lookups use finger ' +
  'tables, so they take about log n hops instead of asking every node.';

describe('prescreen score', () => {
  it('scores one answer from stdin against a bank question, as one JSON object', async () => {
    const res = await runCli(['score', '--question-id', 'ds-dht'], {}, ANSWER);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.score).toBeGreaterThanOrEqual(1);
    expect(out.rubric).toMatchObject({ source: 'bank', questionId: 'ds-dht' });
    expect(out.engineVersion).toMatch(/^prescreen-engine\//);
    for (const e of out.evidence) expect(ANSWER.slice(e.start, e.end)).toBe(e.quote);
  });

  it('gives byte-identical output in fresh processes', async () => {
    const a = await runCli(['score', '--type', 'technical', '--question', 'How does a distributed hash table work?'], {}, ANSWER);
    const b = await runCli(['score', '--type', 'technical', '--question', 'How does a distributed hash table work?'], {}, ANSWER);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(10);
  });

  it('scores a batch in order, with an error object for a bad line and the rest still scored', async () => {
    const dir = tempDir();
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', questionId: 'ds-dht', answer: ANSWER }),
      '{not json',
      JSON.stringify({ id: 'c', type: 'behavioral', answer: 'no question given' }),
      JSON.stringify({ id: 'd', type: 'motivation', question: 'What keeps you motivated outside work?', answer: 'I need a job.' }),
    ].join('\n'));
    const res = await runCli(['score', '--batch', file]);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', rubric: { questionId: 'ds-dht' } });
    expect(lines[1]).toMatchObject({ line: 2, error: { rule: 'json' } });
    expect(lines[2]).toMatchObject({ id: 'c', line: 3, error: { field: 'question' } });
    expect(lines[3]).toMatchObject({ id: 'd', rubric: { source: 'generic' } });
    expect(res.code).toBe(1);
  });
});

describe('prescreen calibrate', () => {
  it('reports kappa beside the length-only baseline, as JSON', async () => {
    const dir = tempDir();
    const file = join(dir, 'set.jsonl');
    const lines = [
      { id: 1, questionId: 'ds-dht', answer: ANSWER, label: 5, group: 'g' },
      { id: 2, questionId: 'ds-dht', answer: 'A hash table.', label: 1, group: 'g' },
      { id: 3, questionId: 'ds-dht', answer: 'Consistent hashing, Chord, Kademlia, replication, virtual nodes.', label: 1, group: null },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const res = await runCli(['calibrate', '--set', file, '--json']);
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.overall).toMatchObject({ n: 3 });
    expect(report.overall).toHaveProperty('lengthBaselineQwk');
    expect(report.lengthMatched.n).toBe(2);
    expect(report.confusion.matrix).toHaveLength(5);
  });
});
