import type { ReportQuestion } from '../api/types.ts';
import { TYPE_LABELS, label } from '../lib/labels.ts';
import { answerParts, formatDimension, levelSignalsOf, questionScore } from '../lib/report-view.ts';
import { EvidenceText } from './EvidenceText.tsx';
import { ScoreDots } from './ScoreDots.tsx';

interface Props {
  readonly question: ReportQuestion;
  readonly index: number;
}

/** One question of a report: its score, dimensions, highlighted words, flags and follow-ups. */
export function ReportQuestionCard({ question: q, index }: Props) {
  const parts = answerParts(q);
  const dims = Object.entries(q.dimensions);
  const signals = levelSignalsOf(q);
  // Asked when time ran out, or the candidate finished before answering.
  const unanswered = q.followUps.filter((f) => f.answer === null).map((f) => f.prompt);
  return (
    <article className="card report-question" aria-labelledby={`rq-${index}`}>
      <header className="report-question-head">
        <h3 id={`rq-${index}`}>
          <span className="muted">Q{index + 1}. </span>
          {q.text}
        </h3>
        <ScoreDots score={questionScore(q)} />
      </header>
      {questionScore(q) !== q.score && q.score !== null && (
        <p className="muted score-note">First answer scored {q.score} / 5; with the follow-ups, {questionScore(q)} / 5.</p>
      )}
      <p className="meta">
        <span className="chip">{label(TYPE_LABELS, q.type)}</span>
      </p>
      {dims.length > 0 && (
        <dl className="dimensions">
          {dims.map(([name, score]) => (
            <div key={name}>
              <dt>{name.replace(/[_-]/g, ' ')}</dt>
              <dd>{formatDimension(score)}</dd>
            </div>
          ))}
        </dl>
      )}
      {parts.length === 0 && <p className="muted">No answer was given.</p>}
      {parts.map((p) => (
        <section key={p.key} className="answer-part">
          <h4>{p.label}</h4>
          {p.prompt && <p className="follow-up-prompt">{p.prompt}</p>}
          <EvidenceText text={p.text} evidence={p.evidence} />
        </section>
      ))}
      {q.evidence.length > 0 && (
        <details className="evidence-list">
          <summary>All evidence for this question ({q.evidence.length})</summary>
          <ul>
            {q.evidence.map((e, i) => (
              <li key={i}>
                <strong>{e.rule}</strong> ({e.effect}): “{e.quote}”
              </li>
            ))}
          </ul>
        </details>
      )}
      {q.flags.length > 0 && (
        <div className="flags">
          <h4>Flags</h4>
          <ul>
            {q.flags.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {signals.length > 0 && (
        <div className="level-signals">
          <h4>Seniority signals{q.level ? `: ${q.level}` : ' (too few to place a level)'}</h4>
          <ul>
            {signals.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      {unanswered.length > 0 && (
        <div className="follow-ups">
          <h4>Follow-ups asked, not answered</h4>
          <ul>
            {unanswered.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
