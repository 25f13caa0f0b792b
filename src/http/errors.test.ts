import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from './errors.ts';

describe('the error codes a client can branch on', () => {
  it('are each documented in docs/ERRORS.md with their status, and nothing else is', () => {
    const doc = readFileSync(new URL('../../docs/ERRORS.md', import.meta.url), 'utf8');
    const documented = new Map([...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1]!, Number(m[2])]));
    expect(documented).toEqual(new Map(Object.entries(ERRORS).map(([code, e]) => [code, e.status])));
  });
});
