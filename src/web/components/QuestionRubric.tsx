import type { Question } from '../api/types.ts';
import { BANK_LABELS, COMPETENCY_LABELS, TYPE_LABELS, label } from '../lib/labels.ts';
import { RubricAnchors } from './RubricAnchors.tsx';
import { RubricSignals } from './RubricSignals.tsx';

/** A bank question's full rubric: anchors for 5/3/1, signals, red flags, follow-ups. */
export function QuestionRubric({ question, headingLevel = 2 }: { readonly question: Question; readonly headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="rubric" aria-labelledby={`q-${question.id}`}>
      <H id={`q-${question.id}`} className="rubric-title">
        {question.text}
      </H>
      <p className="meta">
        <span className="chip">{label(TYPE_LABELS, question.type)}</span>
        <span className="chip">{label(BANK_LABELS, question.bank)}</span>
        <span className="chip chip-plain">{question.topic}</span>
        {question.competencies.map((c) => (
          <span key={c} className="chip chip-plain">
            {label(COMPETENCY_LABELS, c)}
          </span>
        ))}
      </p>
      <Sub>What answers look like</Sub>
      <RubricAnchors anchors={question.anchors} />
      <RubricSignals signals={question.signals} redFlags={question.redFlags} className="rubric-columns" heading={Sub} titles={{ signals: 'Signals', redFlags: 'Red flags' }} />
      <Sub>Follow-ups</Sub>
      <ul>
        {question.followUps.map((f) => (
          <li key={f.id}>
            {f.prompt} <span className="muted">(when the answer lacks: {f.gap.replace(/^concept:/, '')})</span>
          </li>
        ))}
      </ul>
      {question.concepts.length > 0 && (
        <>
          <Sub>Key concepts</Sub>
          <ul>
            {question.concepts.map((c) => (
              <li key={c.id}>{c.label}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
