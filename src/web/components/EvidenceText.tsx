import { useId, useState } from 'react';
import type { Evidence } from '../api/types.ts';
import { effectLabel, effectTone, segmentEvidence } from '../lib/evidence.ts';

interface Props {
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

/**
 * The candidate's words with the passages that earned or cost points
 * highlighted. Hover shows the rule; click or Enter pins it below the text.
 */
export function EvidenceText({ text, evidence }: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  const detailId = useId();
  const segments = segmentEvidence(text, evidence);
  const chosen = selected === null ? null : evidence[selected];
  return (
    <div className="evidence-text">
      <p className="answer-text">
        {segments.map((s) =>
          s.kind === 'text' ? (
            <span key={s.start}>{s.text}</span>
          ) : (
            <button
              key={s.start}
              type="button"
              className={`evidence evidence-${effectTone(s.evidence.effect)}${selected === s.index ? ' evidence-selected' : ''}`}
              title={`${s.evidence.rule} (${effectLabel(s.evidence.effect)})`}
              aria-expanded={selected === s.index}
              aria-controls={detailId}
              onClick={() => setSelected(selected === s.index ? null : s.index)}
            >
              {s.text}
              <span className="visually-hidden">
                {' '}
                — evidence: {s.evidence.rule}, {effectLabel(s.evidence.effect)}
              </span>
            </button>
          ),
        )}
      </p>
      <div id={detailId} className="evidence-detail" aria-live="polite">
        {chosen && (
          <p>
            <span className={`effect effect-${effectTone(chosen.effect)}`}>{effectLabel(chosen.effect)}</span> <strong>{chosen.rule}</strong>
            {chosen.quote && <> — “{chosen.quote}”</>}
          </p>
        )}
      </div>
    </div>
  );
}
