import { describe, expect, it } from 'vitest';
import { parseCandidateList } from './parse-candidates.ts';

describe('parseCandidateList reads a pasted or uploaded list of candidates', () => {
  it('reads "Name, email", "Name <email>" and "email, Name" lines', () => {
    const { candidates, problems } = parseCandidateList('Ada Lovelace, ada@example.com\nGrace Hopper <grace@example.com>\nlinus@example.com, Linus Torvalds\n');
    expect(problems).toEqual([]);
    expect(candidates).toEqual([
      { name: 'Ada Lovelace', email: 'ada@example.com' },
      { name: 'Grace Hopper', email: 'grace@example.com' },
      { name: 'Linus Torvalds', email: 'linus@example.com' },
    ]);
  });

  it('skips a CSV header, blank lines and comments', () => {
    const { candidates, problems } = parseCandidateList('name,email\n\n# from the ATS\nAda,ada@example.com\r\n');
    expect(problems).toEqual([]);
    expect(candidates).toEqual([{ name: 'Ada', email: 'ada@example.com' }]);
  });

  it('names each line without an email, and each repeated email', () => {
    const { problems } = parseCandidateList('Ada, ada@example.com\nno address here\nAda again, ADA@example.com');
    expect(problems).toEqual(['Line 2: no email address found in “no address here”.', 'Line 3: ADA@example.com is already in the list.']);
  });

  it('uses the part before @ when a line has no name', () => {
    expect(parseCandidateList('mallory@example.com').candidates).toEqual([{ name: 'mallory', email: 'mallory@example.com' }]);
  });
});
