import type { InterviewView } from '../api/interview.ts';

type Feedback = NonNullable<InterviewView['feedback']>;

/** Strengths and things to work on, in the rubric's plain words; never a score. */
export function CandidateFeedback({ feedback }: { readonly feedback: Feedback }) {
  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback on your answers</h2>
      <p className="muted">From the written rubric every candidate is judged by. A copy is on its way to your email.</p>
      <div className="feedback-columns">
        <div className="feedback-list">
          <h3>What went well</h3>
          <ul>
            {feedback.strengths.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
        <div className="feedback-list">
          <h3>What to work on</h3>
          <ul>
            {feedback.gaps.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
