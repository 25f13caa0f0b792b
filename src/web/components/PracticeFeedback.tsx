import type { PracticeAnswerResult } from '../api/practice.ts';
import { EvidenceText } from './EvidenceText.tsx';
import { ScoreDots } from './ScoreDots.tsx';

interface Props {
  readonly answer: string;
  readonly scored: PracticeAnswerResult;
  /** The follow-up prompt this answered, if any. */
  readonly followUpPrompt?: string | undefined;
  readonly headingId: string;
}

/**
 * One scored practice answer: the score, your words highlighted where they
 * earned or cost points, and the coaching in words. What a 5 looks like is
 * the rubric's, shown once below the feedback (PracticeRubric).
 */
export function PracticeFeedback({ answer, scored, followUpPrompt, headingId }: Props) {
  const { result, coaching } = scored;
  return (
    <section className="card practice-section practice-feedback" aria-labelledby={headingId}>
      <header className="report-question-head">
        <h2 id={headingId} tabIndex={-1}>
          {followUpPrompt ? 'Your follow-up answer' : 'Your answer'}
        </h2>
        <ScoreDots score={result.score} />
      </header>
      <p className="lead">{coaching.summary}</p>
      {followUpPrompt && <p className="follow-up-prompt">{followUpPrompt}</p>}
      <p className="muted practice-legend">
        <span className="evidence evidence-gain">Green</span> words earned points, <span className="evidence evidence-cost">red</span> ones cost points.
        Select a highlight to see why.
      </p>
      <EvidenceText text={answer} evidence={result.evidence} />
      {coaching.gaps.length > 0 && (
        <>
          <h3>What is missing</h3>
          <ul>
            {coaching.gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      )}
      {coaching.watchOuts.length > 0 && (
        <>
          <h3>Watch out for</h3>
          <ul>
            {coaching.watchOuts.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
