import { useId, useState } from 'react';
import { ExplanationCard } from './ExplanationCard.tsx';
import { TraceTable } from './TraceTable.tsx';
import { plural, type LabVerdict } from './trace-view.ts';

interface VerdictItemProps {
  readonly verdict: LabVerdict;
  readonly scenario: string;
  /** "Retry + race" */
  readonly faultsLabel: string;
}

/** One fault model's verdict: ✓ or ✗, and the failing trace on demand. */
export function VerdictItem({ verdict, scenario, faultsLabel }: VerdictItemProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const ok = verdict.kind === 'correct';
  const how = verdict.mode === 'exhaustive' ? 'every interleaving' : 'a seeded sample';
  return (
    <li className={ok ? 'lab-verdict lab-verdict-ok' : 'lab-verdict lab-verdict-wrong'}>
      <div className="lab-verdict-head">
        <span className="lab-verdict-mark" aria-hidden="true">
          {ok ? '✓' : '✗'}
        </span>
        <div className="lab-verdict-text">
          <h3 className="lab-verdict-title">
            {faultsLabel}: <span className="lab-verdict-word">{ok ? 'correct' : 'wrong'}</span>
          </h3>
          <p className="lab-verdict-detail">
            {ok
              ? `Right in all ${plural(verdict.schedules, 'schedule')} (${how}).`
              : `Wrong in ${verdict.wrong ?? '?'} of ${plural(verdict.schedules, 'schedule')} (${how})${verdict.explanation ? ` — ${verdict.explanation.title.toLowerCase()}` : ''}.`}
          </p>
        </div>
        {!ok && verdict.trace && (
          <button type="button" className="button button-small lab-verdict-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide the failing trace' : 'Show the failing trace'}
          </button>
        )}
      </div>
      {!ok && verdict.trace && (
        <div id={panelId} className="lab-verdict-panel" hidden={!open}>
          {open && (
            <>
              {verdict.explanation && <ExplanationCard explanation={verdict.explanation} level={4} />}
              <TraceTable trace={verdict.trace} scenario={scenario} caption={`Shortest failing schedule under ${faultsLabel.toLowerCase()}`} />
            </>
          )}
        </div>
      )}
    </li>
  );
}
