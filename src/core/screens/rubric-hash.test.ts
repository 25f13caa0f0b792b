import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, rubricHash } from './rubric-hash.ts';

const content = {
  questions: [{ id: 'a', anchors: { '5': 'x', '1': 'y' } }],
  timeBudgetMinutes: 20,
  passThreshold: 60,
  engineVersion: 'e/1',
};

describe('rubric hash', () => {
  it('is 64 hex characters and the same for the same content', () => {
    expect(rubricHash(content)).toMatch(/^[0-9a-f]{64}$/);
    expect(rubricHash(structuredClone(content))).toBe(rubricHash(content));
  });

  it('does not depend on key order', () => {
    const reordered = { engineVersion: 'e/1', passThreshold: 60, timeBudgetMinutes: 20, questions: [{ anchors: { '1': 'y', '5': 'x' }, id: 'a' }] };
    expect(rubricHash(reordered)).toBe(rubricHash(content));
  });

  it('changes when anything locked changes', () => {
    expect(rubricHash({ ...content, passThreshold: 61 })).not.toBe(rubricHash(content));
    expect(rubricHash({ ...content, engineVersion: 'e/2' })).not.toBe(rubricHash(content));
  });

  it('canonical JSON parses back to the same value for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
    }));
  });
});
