import { describe, expect, it } from 'vitest';
import { calmDuration } from './labels.ts';

describe('calmDuration (time left, said calmly)', () => {
  it('rounds down, never promising a minute that is not there', () => {
    expect(calmDuration(100)).toBe('about 1 minute');
    expect(calmDuration(9 * 60 + 40)).toBe('about 9 minutes');
    expect(calmDuration(45)).toBe('less than a minute');
  });

  it('reads an interview just started as its whole budget', () => {
    expect(calmDuration(25 * 60 - 3)).toBe('about 25 minutes');
    expect(calmDuration(120)).toBe('about 2 minutes');
  });

  it('says when no time is left', () => {
    expect(calmDuration(0)).toBe('no time');
    expect(calmDuration(-5)).toBe('no time');
  });
});
