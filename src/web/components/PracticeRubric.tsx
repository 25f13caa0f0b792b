import type { PracticeQuestion } from '../api/practice.ts';

/** How this question is judged: what a 5, a 3 and a 1 look like, the signals and the red flags. */
export function PracticeRubric({ question }: { readonly question: PracticeQuestion }) {
  return (
    <section className="card practice-section" aria-labelledby="practice-rubric-title">
      <h2 id="practice-rubric-title">How this question is judged</h2>
      <dl className="anchors">
        {(['5', '3', '1'] as const).map((k) => (
          <div key={k} className={`anchor anchor-${k}`}>
            <dt>{k === '5' ? 'Strong (5)' : k === '3' ? 'Average (3)' : 'Weak (1)'}</dt>
            <dd>{question.anchors[k]}</dd>
          </div>
        ))}
      </dl>
      <div className="practice-columns">
        <section>
          <h3>What earns points</h3>
          <ul>
            {question.signals.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
        <section>
          <h3>What costs points</h3>
          <ul>
            {question.redFlags.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
      </div>
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
