import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_RATE } from '../../src/http/routes/practice.ts';
import { createTestApp, testBank, type TestApp } from '../support/test-app.ts';

/** Public routes: every request here goes without an Authorization header or cookie. */
let t: TestApp;
let client = 0;
/** Each test speaks from its own address, so the per-IP buckets do not interfere. */
const ip = () => `10.0.0.${++client}`;
const get = (url: string) => t.app.inject({ method: 'GET', url });
const post = (url: string, payload: object, remoteAddress = ip()) => t.app.inject({ method: 'POST', url, payload, remoteAddress });

const ONE_LINER = 'It stores keys on nodes.';
const STRONG_DHT =
  'A distributed hash table splits a key space across nodes using consistent hashing: each node owns a range on a hash ring, often with virtual nodes for balance. A key is stored on the first node clockwise from its hash and replicated to the next N nodes. When a node joins or leaves only its neighbouring ranges move, so rebalancing is proportional to 1/N of the data. Lookups are routed with finger tables in Chord or XOR distance in Kademlia, in O(log N) hops. When a node fails, replicas serve the data and a repair process re-replicates.';

beforeAll(async () => {
  t = await createTestApp('pglite');
});
afterAll(() => t.close());

describe('practice questions', () => {
  it('lists the bank questions without an account, concepts by label only', async () => {
    const res = await get('/api/v1/practice/questions');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; bank: string; concepts: unknown[]; sampleAnswers?: unknown }[];
    expect(items.map((q) => q.id)).toEqual(testBank().map((q) => q.id));
    const dht = items.find((q) => q.id === 'ds-dht')!;
    expect(dht).toMatchObject({ type: 'technical', bank: 'distributed-systems', anchors: { '5': expect.any(String) } });
    expect(dht.concepts.length).toBeGreaterThanOrEqual(2);
    expect(dht.concepts.every((c) => typeof c === 'string')).toBe(true);
    expect(dht.sampleAnswers).toBeUndefined();
  });

  it('gives one question with its sample answers by level', async () => {
    const res = await get('/api/v1/practice/questions/ds-dht');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().sampleAnswers)).toEqual(['junior', 'mid', 'senior', 'staff']);
  });

  it('answers 404 problem+json for a question that is not in the bank', async () => {
    const res = await get('/api/v1/practice/questions/no-such-question');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('needs no authentication on any practice route', () => {
    const practice = t.app.routeList.filter((r) => r.url.startsWith('/api/v1/practice'));
    expect(practice.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/v1/practice/questions',
      'GET /api/v1/practice/questions/:id',
      'POST /api/v1/practice/answers',
      'POST /api/v1/practice/mock-report',
    ]);
    expect(practice.every((r) => r.public)).toBe(true);
  });
});

describe('scoring a practice answer', () => {
  it('returns the full score, the follow-up a real interviewer would ask and coaching', async () => {
    const res = await post('/api/v1/practice/answers', { questionId: 'ds-dht', answer: ONE_LINER });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.practice).toBe(true);
    expect(body.result.score).toBeLessThanOrEqual(2);
    expect(Object.keys(body.result)).toEqual(expect.arrayContaining(['score', 'dimensions', 'evidence', 'gaps', 'flags', 'level', 'competencies']));
    expect(body.result.flags.map((f: { code: string }) => f.code)).toContain('one-liner');
    // The first gap is join/leave/rebalance, and the question's follow-up for it is "add-a-node".
    expect(body.result.gaps[0].code).toBe('concept:join-leave-rebalance');
    expect(body.followUp).toMatchObject({ id: 'add-a-node', gap: 'concept:join-leave-rebalance' });
    expect(body.coaching.strongAnswer).toBe(testBank().find((q) => q.id === 'ds-dht')!.anchors['5']);
    expect(body.coaching.gaps).toContain('Node join, leave and rebalancing not covered');
    expect(body.coaching.watchOuts.join(' ')).toMatch(/One line is rarely enough/);
  });

  it('skips follow-ups already tried', async () => {
    const res = await post('/api/v1/practice/answers', { questionId: 'ds-dht', answer: ONE_LINER, askedFollowUpIds: ['add-a-node'] });
    expect(res.json().followUp.id).toBe('find-the-owner');
  });

  it('scores a strong answer higher, with evidence at offsets of the answer', async () => {
    const res = await post('/api/v1/practice/answers', { questionId: 'ds-dht', answer: STRONG_DHT });
    const { result } = res.json();
    expect(result.score).toBeGreaterThanOrEqual(4);
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(STRONG_DHT.slice(e.start, e.end)).toBe(e.quote);
  });

  it('scores a follow-up with its parent answer as context', async () => {
    const res = await post('/api/v1/practice/answers', { questionId: 'ds-dht', answer: 'Only the neighbouring range moves to the new node.', parent: { answer: ONE_LINER }, askedFollowUpIds: ['add-a-node'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().result.score).not.toBeNull();
  });

  it('names the field of each validation error', async () => {
    const cases: [object, string][] = [
      [{ answer: 'x' }, 'questionId'],
      [{ questionId: 'ds-dht', answer: '   ' }, 'answer'],
      [{ questionId: 'ds-dht', answer: 'x'.repeat(20_001) }, 'answer'],
      [{ questionId: 'ds-dht', answer: 'x', parent: { answer: '' } }, 'parent.answer'],
      [{ questionId: 'ds-dht', answer: 'x', extra: true }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await post('/api/v1/practice/answers', payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('answers 404 naming the field for an unknown question', async () => {
    const res = await post('/api/v1/practice/answers', { questionId: 'no-such-question', answer: 'hello' });
    expect(res.statusCode).toBe(404);
    expect(res.json().errors[0].path).toBe('questionId');
  });
});

describe('a practice mock screen', () => {
  const IDS = ['ds-experience', 'ds-solved-problem', 'be-incident', 'ds-network-partition', 'ds-dht', 'motivation-role'];

  it('scores 6 answers into a practice report with a threshold of 60', async () => {
    const answers = IDS.map((questionId, i) => ({ questionId, answer: i === 4 ? STRONG_DHT : ONE_LINER, ...(i === 0 ? { followUps: [{ answer: 'I led the ingestion team at Northwind for two years.' }] } : {}) }));
    const res = await post('/api/v1/practice/mock-report', { answers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ practice: true, passThreshold: 60, label: expect.stringMatching(/^Practice/) });
    expect(body.overall).toBeGreaterThanOrEqual(0);
    expect(body.overall).toBeLessThan(60);
    expect(body.questions.map((q: { questionId: string }) => q.questionId)).toEqual(IDS);
    expect(body.questions[0].followUpScores).toHaveLength(1);
    expect(body.composition.every((c: { ok: boolean }) => c.ok)).toBe(true);
  });

  it('refuses fewer than 6 answers, naming the field', async () => {
    const res = await post('/api/v1/practice/mock-report', { answers: IDS.slice(0, 5).map((questionId) => ({ questionId, answer: 'x' })) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('answers');
  });
});

describe('rate limiting', () => {
  it(`answers 429 with Retry-After once an address has spent its ${PRACTICE_RATE.capacity} scorings`, async () => {
    const address = ip();
    for (let i = 0; i < PRACTICE_RATE.capacity; i++) {
      const res = await post('/api/v1/practice/answers', { questionId: 'ds-what-is', answer: 'Computers.' }, address);
      expect(res.statusCode, `request ${i + 1}`).toBe(200);
    }
    const refused = await post('/api/v1/practice/answers', { questionId: 'ds-what-is', answer: 'Computers.' }, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.json().code).toBe('rate_limited');
    // Another address still has its own bucket.
    expect((await post('/api/v1/practice/answers', { questionId: 'ds-what-is', answer: 'Computers.' })).statusCode).toBe(200);
  }, 60_000);
});
