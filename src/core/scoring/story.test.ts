import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { createBuiltinScorer } from './index.ts';
import { findCues } from './text/cues.ts';
import { findActions } from './features/actions.ts';
import { analyse } from './text/analyse.ts';

const quoted = (text: string, kind: 'situation' | 'task' | 'hypothetical') => findCues(text, kind).map((m) => text.slice(m.start, m.end));

describe('the parts of a story (STAR) in a candidate\'s own phrasing', () => {
  it.each([
    ['At a payments company I was incident commander.', 'At a payments company'],
    ['Sev-1 at a travel site: search returned nothing.', 'at a travel site'],
    ['Two weeks ago our checkout p99 jumped from 300 ms to 2.5 s.', 'Two weeks ago'],
    ['On the billing team last spring, a colleague wanted a synchronous ledger.', 'On the billing team'],
    ['In 2021 we moved the queue.', 'In 2021'],
    ['Once, during a sale, the cache died.', 'Once,'],
    ['Our message broker cluster lost quorum during a network change.', 'Our message broker cluster lost'],
  ])('finds where or when in "%s"', (text, expected) => {
    expect(quoted(text, 'situation')).toContain(expected);
  });

  it('does not read a phrase of mechanism as a setting', () => {
    expect(quoted('Deliver it exactly once, and look at a graph of retries in 20 minutes.', 'situation')).toEqual([]);
  });

  it.each([
    ['I was on call.', 'I was on call'],
    ["I'm responsible for that consumer.", "I'm responsible"],
    ["I'm the one who maintains our scheduler.", "I'm the one who"],
    ['As the staff engineer on call for the platform, I took incident command.', 'As the staff engineer on call'],
    ['My task as staff engineer was to fix that class of problem.', 'My task as staff engineer was'],
    ['The business problem was lost revenue.', 'The business problem was'],
    ['I led the response.', 'I led the response'],
  ])('finds the candidate\'s role or goal in "%s"', (text, expected) => {
    expect(quoted(text, 'task')).toContain(expected);
  });

  it('reads "we\'d tested" as had, not would, and "I froze" as something done', () => {
    const a = analyse("I froze deploys and shifted traffic to the region we'd tested for. Next time we'd test monthly.");
    const modes = findActions(a.tokens, () => 0).map((x) => `${a.text.slice(x.start, x.end)}:${x.mode}`);
    expect(modes).toEqual(['I froze:past', "we'd tested:past", "we'd test:hypothetical"]);
  });
});

describe('the level estimate says what it rests on, and places no answer without signals', () => {
  const bank = loadBank();
  const scorer = createBuiltinScorer({ bank });
  const story = bank.find((q) => q.id === 'ds-solved-problem')!;

  it('quotes each seniority signal in the candidate\'s words', () => {
    const answer = 'At a retailer I owned the order pipeline end to end. I moved it onto a queue with idempotency keys and load-tested it to 3x peak; p99 fell from 900 ms to 120 ms.';
    const level = scorer.scoreAnswer({ question: story, answer }).level!;
    expect(level.estimate).toBe('mid');
    expect(level.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['ownership', 'queue', 'idempotency', 'load-test']));
    for (const s of level.signals) expect(answer.slice(s.start, s.end)).toBe(s.quote);
  });

  it('does not call a story junior for lacking the words of seniority', () => {
    const answer = 'Last year our nightly import kept failing, and I was asked to fix it. I found that two jobs wrote the same rows, so I gave each job its own range of customers. The import has not failed since, and it finishes an hour earlier.';
    const r = scorer.scoreAnswer({ question: story, answer });
    expect(r.level).toMatchObject({ estimate: null, signals: [] });
  });

  it('still places a junior on junior signals', () => {
    const answer = 'In my first project, a small change: our emails were sent twice when the worker retried. Rather than write our own, I adopted an existing proven library for job retries, and my senior reviewed it. Duplicate emails stopped.';
    expect(scorer.scoreAnswer({ question: story, answer }).level?.estimate).toBe('junior');
  });
});
