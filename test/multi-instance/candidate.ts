import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { pick, type Cluster, type Reply } from './cluster.ts';

/** What was acknowledged to the candidate: a 200 for this turn with this text. */
export interface Acked {
  readonly seq: number;
  readonly text: string;
}

/** How the doubled submissions came out, over every candidate. */
export interface Tally {
  /** Both concurrent copies 200, one of them a replay of the other, same body. */
  bothOk: number;
  /** One 200, the other 409 idempotency_in_flight. */
  okAndInFlight: number;
  /** One copy cut by the kill -9 (no answer at all), the other decided. */
  cut: number;
  /** The late retry with the same key: a 200 replay of the first response. */
  lateReplays: number;
  /** A copy of an acknowledged turn under a fresh key, to yet another instance: 409 stale_sequence. */
  stale409: number;
  /** The owner of a key died before committing: the turn was resent under a fresh key (seq keeps it single). */
  resentAfterKill: number;
  /** After a kill, the same key again got the answer recorded: no dead copy had claimed it, or its claim was taken over. */
  retriedAfterKill: number;
  /** Turns acknowledged so far, over every candidate. */
  answered: number;
  /** Anything a correct service never answers. */
  readonly violations: string[];
}

export const newTally = (): Tally => ({ bothOk: 0, okAndInFlight: 0, cut: 0, lateReplays: 0, stale409: 0, resentAfterKill: 0, retriedAfterKill: 0, answered: 0, violations: [] });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const codeOf = (r: Reply) => (r.body && typeof r.body === 'object' ? (r.body.code as string | undefined) : undefined);
const show = (r: Reply) => `#${r.instance} ${r.status}${r.replayed ? ' (replay)' : ''} ${codeOf(r) ?? ''}${r.error ? ` ${r.error}` : ''}`;

/**
 * A candidate's browser behind a load balancer that retries and duplicates:
 * every request goes to a random live instance, every answer is sent twice at
 * once to two instances under one Idempotency-Key, retried once more after the
 * first response, and a late copy of the turn goes to a third instance.
 */
export async function takeInterview(
  cluster: Cluster,
  token: string,
  random: () => number,
  answerFor: (question: { kind: string; questionId: string }, n: number) => string,
  tally: Tally,
): Promise<{ final: any; acked: Acked[] }> {
  const base = `/api/v1/interviews/${token}`;
  const any = () => pick(cluster.live(), 1, random)[0]!;
  /** Sends until an instance answers at all (a dead one is `status: 0`); `cut`: an earlier attempt died with its instance. */
  const reach = async (method: string, path: string, body?: unknown, headers?: Record<string, string>, first = any()): Promise<Reply & { cut: boolean }> => {
    let target = first;
    for (let attempt = 0; attempt < 40; attempt++) {
      const r = await cluster.call(target, method, path, body, headers);
      if (r.status !== 0) return { ...r, cut: attempt > 0 };
      await sleep(100);
      target = any();
    }
    throw new Error(`no instance answered ${method} ${path}`);
  };

  // Two tabs open the link and press Start at once, on two instances: one start, one interview.started.
  const starts = await Promise.all(pick(cluster.live(), 2, random).map((i) => reach('POST', `${base}/start`, undefined, {}, i)));
  for (const s of starts) if (s.status !== 200) tally.violations.push(`start: ${show(s)}`);
  let view = starts[0]!.body;
  const acked: Acked[] = [];

  for (let n = 0; view.status === 'in_progress' && n < 40; n++) {
    const seq = view.seq as number;
    const text = answerFor(view.question, n);
    const key = randomUUID();
    const send = (i: number) => cluster.call(i, 'POST', `${base}/answers`, { seq, text }, { 'idempotency-key': key });
    const [a, b, c] = pick(cluster.live(), 3, random);
    const pair = await Promise.all([send(a!), send(b ?? a!)]);
    const oks = pair.filter((r) => r.status === 200);
    const others = pair.filter((r) => r.status !== 200);
    let ok: Reply | undefined = oks[0];
    if (oks.length === 2) {
      tally.bothOk++;
      if (!isDeepStrictEqual(oks[0]!.body, oks[1]!.body)) tally.violations.push(`seq ${seq}: two different 200s`);
      if (oks.every((r) => !r.replayed)) tally.violations.push(`seq ${seq}: two 200s, neither a replay (two owners)`);
    } else {
      for (const r of others) {
        if (r.status === 0) tally.cut++;
        else if (r.status === 409 && codeOf(r) === 'idempotency_in_flight') tally.okAndInFlight += oks.length;
        else tally.violations.push(`seq ${seq}: concurrent copy answered ${show(r)} beside ${pair.map(show).join(', ')}`);
      }
      if (!ok && others.every((r) => r.status !== 0)) tally.violations.push(`seq ${seq}: no 200 and no instance died: ${pair.map(show).join(', ')}`);
    }

    // The late retry (the client never saw an answer, or a proxy repeats it): the first response again.
    let late = await reach('POST', `${base}/answers`, { seq, text }, { 'idempotency-key': key }, c ?? any());
    if (ok) {
      if (late.status === 200 && late.replayed && isDeepStrictEqual(late.body, ok.body)) tally.lateReplays++;
      else tally.violations.push(`seq ${seq}: late retry answered ${show(late)}, not the replay of the 200`);
    } else {
      // Both copies were lost with an instance. If the dead one owned the key, its transaction rolled
      // back with its connection and the key stays in flight (for ABANDONED_AFTER_MS): the turn is
      // still current, so the browser sends it again under a fresh key; seq keeps it to one answer.
      let resent = false;
      for (let i = 0; late.status === 409 && codeOf(late) === 'idempotency_in_flight' && i < 20; i++) {
        const now = await reach('GET', base);
        if (now.body.seq !== seq) break;
        if (i >= 5) {
          late = await reach('POST', `${base}/answers`, { seq, text }, { 'idempotency-key': randomUUID() });
          tally.resentAfterKill++;
          resent = true;
          break;
        }
        await sleep(200);
        late = await reach('POST', `${base}/answers`, { seq, text }, { 'idempotency-key': key });
      }
      if (late.status !== 200) tally.violations.push(`seq ${seq}: after the kill the turn could not be answered: ${show(late)}`);
      else if (!resent) tally.retriedAfterKill++;
      ok = late;
    }

    // A copy of this turn arriving late, under a fresh key, at yet another instance: refused by seq.
    const others3 = cluster.live().filter((i) => i !== a && i !== b);
    const stale = await reach('POST', `${base}/answers`, { seq, text: `${text} (a late copy)` }, { 'idempotency-key': randomUUID() }, others3[0] ?? any());
    if (stale.status === 409 && codeOf(stale) === 'stale_sequence') tally.stale409++;
    else if (stale.cut && stale.status === 409 && codeOf(stale) === 'idempotency_in_flight') tally.cut++; // its first copy died owning the key
    else if (!(stale.status === 409 && codeOf(stale) === 'conflict' && ok.body.status !== 'in_progress')) {
      tally.violations.push(`seq ${seq}: stale copy answered ${show(stale)}`);
    }

    acked.push({ seq, text });
    tally.answered++;
    view = ok.body;
  }
  return { final: view, acked };
}
