import { devAnswers } from './dev-set.ts';

/**
 * Candidates' answers written in their own words, for the tests and benches
 * that take whole interviews. Not the bank's sample answers: practice shows
 * those to everyone, so the scorer treats a pasted sample as a copy and
 * scores it 1 (src/core/scoring/guard/echo.ts).
 *
 * Most come from the labelled dev set (data/eval/dev.jsonl, label in the
 * comment); the two questions it has no answers for are written here.
 */
export interface OwnAnswers {
  /** A complete answer (label 5). */
  readonly strong: string;
  /** A second strong answer, for a follow-up. */
  readonly strongFollowUp: string;
  /** A middling answer (label 3). */
  readonly average: string;
  /** A thinner one (label 2), for a follow-up. */
  readonly averageFollowUp: string;
}

/**
 * Dev-set answer ids, plain cases only (no injections, lists or wrong
 * beliefs): strong (5), strong follow-up (4–5), average (3), average
 * follow-up (2–3).
 */
const FROM_DEV: Record<string, readonly [string, string, string, string]> = {
  'design-story': ['dev-137', 'dev-142', 'dev-139', 'dev-139'],
  'be-incident': ['dev-083', 'dev-088', 'dev-085', 'dev-091'],
  'be-idempotent-payments': ['dev-043', 'dev-048', 'dev-045', 'dev-050'],
  'be-lost-update': ['dev-029', 'dev-034', 'dev-031', 'dev-036'],
  'ds-experience': ['dev-130', 'dev-131', 'dev-132', 'dev-133'],
  'ds-solved-problem': ['dev-057', 'dev-062', 'dev-059', 'dev-064'],
  'ds-network-partition': ['dev-115', 'dev-116', 'dev-117', 'dev-117'],
  'ds-dht': ['dev-001', 'dev-006', 'dev-003', 'dev-008'],
};

const WRITTEN_HERE: Record<string, OwnAnswers> = {
  'ds-business-problem': {
    strong:
      'At a grocery delivery company the business problem was lost revenue and customer trust: customers booked delivery slots that turned out to be full, because each warehouse synced its slot counts to the website only every fifteen minutes. '
      + 'We cancelled about 6% of evening orders, which cost 40,000 euros a month in refunds, and those customers churned. '
      + 'I proposed and built the fix. A single central database would not do, since warehouses kept taking phone orders when their link to head office was down, so the design stayed distributed: each warehouse owned its slots and the website reserved a slot through it, with a hold that lapsed after ten minutes. '
      + 'I argued against a full event-sourced rewrite as over-engineering: the problem needed one owner per slot, nothing more. '
      + 'We ran old and new side by side for three weeks and compared every booking. '
      + 'Cancellations fell from 6% to under 0.5% and refund cost by 35,000 euros a month, for 40 ms more on booking. '
      + 'I would involve the warehouse staff earlier next time.',
    strongFollowUp:
      'The business measured it with the number that started it: the monthly cost of refunds and vouchers for cancelled slots, which finance already tracked. '
      + 'I set up a weekly report of that cost and of the cancellation rate per warehouse, before and after the switch, and I watched the complaints tagged as slot cancellations, which fell from about 300 a week to 20. '
      + 'Booking conversion also rose by two points.',
    average:
      'At my last job the order page was slow during sales and we were losing some customers because of it. '
      + 'We moved order processing onto a queue with several workers so the page could answer straight away. '
      + 'I wrote two of the workers and helped test them. After the change the page was faster and the sales team was happy.',
    averageFollowUp: 'I think conversion went up a bit, but I never saw the exact numbers.',
  },
  'be-consistency-model': {
    strong:
      'I would decide per kind of data, from what a stale or conflicting value costs. '
      + 'Stock is where a wrong read hurts: if both regions sell the last item we oversell and must cancel an order. '
      + 'So each seller\'s stock gets one home region that takes every write, and the other region forwards its decrements there. A buyer far from it pays a cross-region round trip of maybe 80 ms at checkout, and while the regions are cut off the far one cannot sell that seller\'s last items; showing "temporarily unavailable" beats selling twice. '
      + 'Carts are the opposite: they must always take changes, so both regions accept writes and I merge concurrent edits item by item, with adds and removes as separate operations, instead of keeping whichever cart was written last, which silently drops an item. '
      + 'A buyer\'s reads go to the region that took their write, so they always see their own change. '
      + 'Reviews and likes can lag: replicate them lazily and cache them for a few seconds. '
      + 'To the product team I would say: other people may see a new like a few seconds late while its author sees it at once; a cart edited on a phone and a laptop together keeps both edits; and during an outage between regions some items may show as unavailable rather than be sold twice.',
    strongFollowUp:
      'Two regions changing one cart at once are merged: every change is the add or removal of one item with its own id, and the merge keeps each add that was not removed later, so nothing the buyer did disappears. '
      + 'Stock has no concurrent writes to resolve, because only its home region changes it. '
      + 'Like counts keep one counter per region and show their sum, so the regions never overwrite each other.',
    average:
      'I would use strong consistency for the stock because we cannot sell items we do not have. '
      + 'For carts and likes eventual consistency is fine because it scales better and a small delay does not matter much. '
      + 'I would tell the product team that some numbers can be a little out of date.',
    averageFollowUp: 'If both regions change the cart at the same time, I think the latest write wins.',
  },
};

let dev: Map<string, string> | undefined;

function devAnswer(id: string): string {
  dev ??= new Map(devAnswers().map((d) => [d.id, d.answer]));
  const answer = dev.get(id);
  if (answer === undefined) throw new Error(`data/eval/dev.jsonl has no answer ${id}`);
  return answer;
}

export function ownAnswers(questionId: string): OwnAnswers {
  const written = WRITTEN_HERE[questionId];
  if (written) return written;
  const ids = FROM_DEV[questionId];
  if (!ids) throw new Error(`test/support/own-answers.ts has no answers for ${questionId}: add some in a candidate's own words`);
  const [strong, strongFollowUp, average, averageFollowUp] = ids.map(devAnswer) as [string, string, string, string];
  return { strong, strongFollowUp, average, averageFollowUp };
}
