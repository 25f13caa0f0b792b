/** One candidate read from a pasted or uploaded list. */
export interface CandidateInput {
  readonly name: string;
  readonly email: string;
  /** Accommodation: the time budget is multiplied by this. */
  readonly extraTimeFactor?: number;
}

export interface ParsedList {
  readonly candidates: CandidateInput[];
  readonly problems: string[];
}

const EMAIL = /[^\s<>,;"']+@[^\s<>,;"']+\.[^\s<>,;"']+/;

/**
 * Reads "Name, email", "Name <email>", "email, Name" or CSV lines with a
 * header. Every line that has no email is reported with its line number.
 */
export function parseCandidateList(text: string): ParsedList {
  const candidates: CandidateInput[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = EMAIL.exec(line);
    if (!match) {
      if (i === 0 && /name|email/i.test(line)) return; // a CSV header
      problems.push(`Line ${i + 1}: no email address found in “${line.slice(0, 60)}”.`);
      return;
    }
    const email = match[0];
    const name = line
      .replace(match[0], '')
      .replace(/[<>"]/g, '')
      .split(/[,;\t]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ')
      .trim();
    const key = email.toLowerCase();
    if (seen.has(key)) {
      problems.push(`Line ${i + 1}: ${email} is already in the list.`);
      return;
    }
    seen.add(key);
    candidates.push({ name: name || email.split('@')[0] || email, email });
  });
  return { candidates, problems };
}
