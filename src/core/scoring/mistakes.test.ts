import { describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/index.ts';
import { createBuiltinScorer } from './index.ts';
import { OVER_ENGINEERING } from './level.ts';

const bank = loadBank();
const scorer = createBuiltinScorer({ bank });
const question = bank.find((q) => q.id === 'ds-experience')!;
const mistakes = (answer: string) => scorer.scoreAnswer({ question, answer }).level?.mistakes ?? [];

describe('over-engineering (BRIEF §6), named only where the answer shows it itself', () => {
  it('names heavy machinery chosen for the small problem the answer describes', () => {
    const answer = 'For our small internal tool with a few hundred users a day, I set up Kafka for every event, split the backend into microservices and ran them on Kubernetes. It took four months to ship.';
    expect(mistakes(answer)).toContain(OVER_ENGINEERING);
  });

  it.each([
    ['the machinery is named to be kept out', 'For our small internal tool with a few hundred users a day, I kept one PostgreSQL database instead of Kafka, with no need for Kubernetes or microservices, and shipped in two weeks.'],
    ['the candidate weighs the cost themselves', 'It was a small internal tool with a few hundred users a day. Kafka and Kubernetes would have been overkill, so we started with one service and one queue table, and split it later when traffic grew.'],
    ['the scale calls for it', 'At 200k requests per second across three regions we moved the ledger to Kafka, sharded the accounts table by customer and ran the consumers on Kubernetes, with a p99 of 40 ms.'],
    ['one kind of machinery is spelled two ways', 'For our small internal tool with a few hundred users, I ran it on Kubernetes (k8s, three k8s clusters in fact). It was fine.'],
  ])('does not name it when %s', (_, answer) => {
    expect(mistakes(answer)).not.toContain(OVER_ENGINEERING);
  });
});
