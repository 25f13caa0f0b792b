import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../bank/index.ts';
import { createBuiltinScorer } from '../index.ts';
import { analyse } from '../text/analyse.ts';
import { namedProjects } from './experience.ts';

const named = (text: string) => namedProjects(analyse(text).tokens, text).map((s) => text.slice(s.start, s.end));

describe('the projects an experience answer names', () => {
  it('takes a project noun with a word that says which one, and quotes that phrase', () => {
    expect(named('I owned the appointment-booking service and later our Kafka pipeline.')).toEqual(['appointment-booking service', 'Kafka pipeline']);
    expect(named('We kept sessions in a key-value store.')).toEqual(['key-value store']);
  });

  it('does not count a bare or merely described system as a named project', () => {
    expect(named('I worked on the service, then a new system, then a distributed system and some big platform.')).toEqual([]);
    expect(named('A well-known platform, and running services.')).toEqual([]);
  });

  it('does not take the verb of the sentence for a name', () => {
    expect(named('I built pipelines and maintained services. For years I wrote tools, ran clusters and debugged systems.')).toEqual([]);
    expect(named('I maintain billing pipelines.')).toEqual(['billing pipelines']);
  });

  it('keeps hyphened compounds whole or leaves them out, never half', () => {
    expect(named('A real-time bidding engine, a large-scale data pipeline and our Kafka-based order event pipeline.'))
      .toEqual(['bidding engine', 'data pipeline', 'order event pipeline']);
    expect(named('I built payments-service and the product-import pipeline.')).toEqual(['payments-service', 'product-import pipeline']);
  });

  it('lets one project noun name another, quoting the longest phrase', () => {
    expect(named('I led the database migration, then the API gateway, a queue service and the Postgres database migration.'))
      .toEqual(['database migration', 'API gateway', 'queue service', 'Postgres database migration']);
  });

  it('counts one project once, however often it is mentioned', () => {
    expect(named('The billing service was slow. I rewrote the billing service.')).toEqual(['billing service']);
  });

  it('gives an answer that names no project the gap, and none of the credit', () => {
    const question = loadBank().find((q) => q.id === 'ds-experience')!;
    const scorer = createBuiltinScorer();
    const vague = scorer.scoreAnswer({ question, answer: 'As a backend engineer at a fintech company I worked on the service and the system for years, mostly the backend services and the APIs.' });
    expect(vague.dimensions.projects).toBe(0);
    expect(vague.gaps.map((g) => g.text)).toContain('never names a project');
    const specific = scorer.scoreAnswer({ question, answer: 'As a backend engineer at a fintech company I worked on the payments service and the fraud-scoring system for years.' });
    expect(specific.dimensions.projects).toBeGreaterThan(0);
    expect(specific.evidence.filter((e) => e.rule === 'project').map((e) => e.quote)).toEqual(['payments service']); // the first named project is the one quoted
  });
});
