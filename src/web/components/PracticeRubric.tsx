import type { PracticeQuestion } from '../api/practice.ts';
import { RubricAnchors } from './RubricAnchors.tsx';
import { RubricSignals } from './RubricSignals.tsx';

/** How this question is judged: what a 5, a 3 and a 1 look like, the signals and the red flags. */
export function PracticeRubric({ question }: { readonly question: PracticeQuestion }) {
  return (
    <section className="card practice-section" aria-labelledby="practice-rubric-title">
      <h2 id="practice-rubric-title">How this question is judged</h2>
      <RubricAnchors anchors={question.anchors} />
      <RubricSignals
        signals={question.signals}
        redFlags={question.redFlags}
        className="practice-columns"
        heading="h3"
        titles={{ signals: 'What earns points', redFlags: 'What costs points' }}
      />
      {question.concepts.length > 0 && (
        <>
          <h3>Ideas a strong answer covers</h3>
          <ul>
            {question.concepts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
