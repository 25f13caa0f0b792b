/**
 * A deliberately small suffix stripper applied after wink's lemma. The lemma
 * handles inflection ("dropped" → "drop"); this joins derivations that name
 * the same idea ("replication", "replicate", "replicas" → "replic"), which
 * is what matching an answer to a rubric claim needs. Order matters: longest
 * suffix first, and never strip a stem below four letters.
 */
const SUFFIXES = [
  'izations', 'ization', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment',
  'ically', 'ities', 'ity', 'ency', 'ence', 'ance', 'ent', 'ant', 'ness', 'ings', 'ing', 'ated', 'ates', 'ate', 'ers', 'er', 'ies',
  'ied', 'ed', 'es', 'ly', 'able', 'ible', 'al', 'ive', 'ous', 'as', 'a', 's', 'e', 'y',
];

const MIN_STEM = 4;

export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= MIN_STEM || !/^[a-z-]+$/.test(w)) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      return w.slice(0, w.length - suffix.length);
    }
  }
  return w;
}
