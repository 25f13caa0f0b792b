import type { Question } from '../api/types.ts';
import { BANK_LABELS, COMPETENCY_LABELS, TYPE_LABELS, label } from '../lib/labels.ts';

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
      <dl className="anchors">
        {(['5', '3', '1'] as const).map((k) => (
          <div key={k} className={`anchor anchor-${k}`}>
            <dt>{k === '5' ? 'Strong (5)' : k === '3' ? 'Average (3)' : 'Weak (1)'}</dt>
            <dd>{question.anchors[k]}</dd>
          </div>
        ))}
      </dl>
      <div className="rubric-columns">
        <section>
          <Sub>Signals</Sub>
          <ul>
            {question.signals.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
        <section>
          <Sub>Red flags</Sub>
          <ul>
            {question.redFlags.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
      </div>
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
