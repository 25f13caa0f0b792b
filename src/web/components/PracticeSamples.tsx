import type { PracticeQuestionDetail } from '../api/practice.ts';

const LEVELS = [
  ['junior', 'Junior'],
  ['mid', 'Mid-level'],
  ['senior', 'Senior'],
  ['staff', 'Staff and above'],
] as const;

/** Sample answers by level, to compare with your own once you have answered. */
export function PracticeSamples({ question }: { readonly question: PracticeQuestionDetail }) {
  return (
    <section className="card practice-section" aria-labelledby="practice-samples-title">
      <h2 id="practice-samples-title">Sample answers by level</h2>
      <p className="muted">
        Strong answers at four levels of seniority. Compare what each one names, decides and measures. They are published, so the
        scorer knows them: copied into an answer, a sample earns nothing. Tell your own story.
      </p>
      {LEVELS.map(([level, name]) => (
        <details key={level} className="practice-sample">
          <summary>{name}</summary>
          <p>{question.sampleAnswers[level]}</p>
        </details>
      ))}
    </section>
  );
}
