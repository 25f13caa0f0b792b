import { CULPRIT_LABELS, culpritSteps, laneOf, lanesOf, laneTitle, showView, storeChanges, type LabTrace, type LabTraceStep } from './trace-view.ts';

interface TraceTableProps {
  readonly trace: LabTrace;
  readonly scenario: string;
  readonly caption: string;
}

/**
 * A failing schedule as a timeline: one row per step, one column (lane) per
 * actor, the store before → after, and the step that went wrong marked in
 * words as well as colour. On a phone each row becomes a card.
 */
export function TraceTable({ trace, scenario, caption }: TraceTableProps) {
  const lanes = lanesOf(trace);
  const culprits = culpritSteps(trace);
  const skewed = Object.entries(trace.skews).filter(([, ms]) => ms !== 0);
  return (
    <div className="lab-trace">
      {skewed.length > 0 && (
        <p className="lab-trace-clocks">
          Clocks in this schedule:{' '}
          {Object.entries(trace.skews)
            .map(([client, ms]) => `${laneTitle(client, scenario)} ${ms === 0 ? 'on time' : `${Math.abs(ms)} ms ${ms < 0 ? 'behind' : 'ahead'}`}`)
            .join(' · ')}
        </p>
      )}
      {/* Focusable so a keyboard can scroll a wide timeline (five clients on a narrow window). */}
      <div className="lab-trace-wrap" role="region" aria-label={`Trace: ${caption}`} tabIndex={0}>
        <table className={`table lab-trace-table lab-lanes-${Math.min(lanes.length, 6)}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="lab-col-step">
                Step
              </th>
              {lanes.map((lane) => (
                <th scope="col" key={lane}>
                  {laneTitle(lane, scenario)}
                </th>
              ))}
              <th scope="col" className="lab-col-store">
                Store before → after
              </th>
            </tr>
          </thead>
          <tbody>
            {trace.steps.map((step) => {
              const culprit = culprits.get(step.t);
              return (
                <tr key={step.t} className={culprit ? 'lab-step lab-step-culprit' : 'lab-step'}>
                  <th scope="row" className="lab-col-step">
                    <span className="lab-step-number">
                      <span className="lab-narrow-only">Step </span>
                      {step.t}
                    </span>
                    {culprit && <span className="lab-culprit">{CULPRIT_LABELS[culprit]}</span>}
                  </th>
                  {lanes.map((lane) =>
                    laneOf(step.actor) === lane ? (
                      <td key={lane} className="lab-lane lab-lane-active">
                        <StepCell step={step} title={laneTitle(lane, scenario)} />
                      </td>
                    ) : (
                      <td key={lane} className="lab-lane lab-lane-idle">
                        <span className="visually-hidden">—</span>
                      </td>
                    ),
                  )}
                  <td className="lab-col-store">
                    <StoreCell step={step} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="lab-trace-end">
        Ended with <strong>{showView(trace.final)}</strong>; expected <strong>{showView(trace.expected)}</strong>.
      </p>
    </div>
  );
}

function StepCell({ step, title }: { readonly step: LabTraceStep; readonly title: string }) {
  const retry = step.actor.endsWith('(retry)');
  return (
    <>
      <span className="lab-narrow-only lab-lane-label">{title}</span>
      <span className="lab-actor">
        {step.actor === 'queue consumer' ? 'consumer' : step.actor}
        {retry && <span className="visually-hidden">, a resent copy</span>}
      </span>
      <code className="lab-action">{step.action}</code>
      <span className="lab-note">{step.note}</span>
    </>
  );
}

function StoreCell({ step }: { readonly step: LabTraceStep }) {
  const changes = storeChanges(step);
  if (changes.length === 0) return <span className="lab-store-same">no change</span>;
  return (
    <ul className="lab-store">
      {changes.map((c) => (
        <li key={c.entity}>
          <span className="lab-store-entity">{c.entity}</span> <span className="lab-store-value">{c.before}</span>{' '}
          <span aria-hidden="true">→</span>
          <span className="visually-hidden"> becomes</span> <span className="lab-store-value">{c.after}</span>
          {!c.changed && <span className="lab-store-flat"> (same value written)</span>}
        </li>
      ))}
    </ul>
  );
}
