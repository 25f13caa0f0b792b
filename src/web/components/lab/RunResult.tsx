import { ExplanationCard } from './ExplanationCard.tsx';
import { TraceTable } from './TraceTable.tsx';
import { plural, showView, type LabRun } from './trace-view.ts';

interface RunResultProps {
  readonly run: LabRun;
  /** "A page-view counter · Read, modify, write · race · 2 clients" */
  readonly setup: string;
}

/** What a run found: how many schedules ended wrong, the outcomes, the story and the trace. */
export function RunResult({ run, setup }: RunResultProps) {
  const failed = run.wrong > 0;
  return (
    <section className="card lab-result" aria-labelledby="lab-run-heading">
      <h2 id="lab-run-heading">Run result</h2>
      <p className="lab-setup">{setup}</p>
      <dl className="facts lab-facts">
        <div>
          <dt>Schedules explored</dt>
          <dd>
            {run.schedules} <span className="lab-fact-sub">{run.mode === 'exhaustive' ? 'every interleaving' : `sampled, seed ${run.seed}`}</span>
          </dd>
        </div>
        <div>
          <dt>Ended wrong</dt>
          <dd className={failed ? 'lab-bad' : 'lab-good'}>
            {run.wrong} of {run.schedules}
          </dd>
        </div>
        <div>
          <dt>Expected</dt>
          <dd>
            <code>{showView(run.expected)}</code>
          </dd>
        </div>
      </dl>
      <h3 className="lab-subhead">Actual values</h3>
      <ul className="lab-outcomes">
        {run.outcomes.map((o) => (
          <li key={showView(o.final)} className={o.correct ? 'lab-outcome lab-outcome-ok' : 'lab-outcome lab-outcome-wrong'}>
            <span className="lab-mark" aria-hidden="true">
              {o.correct ? '✓' : '✗'}
            </span>
            <code>{showView(o.final)}</code>
            <span className="lab-outcome-count">
              {plural(o.schedules, 'schedule')}, {o.correct ? 'correct' : 'wrong'}
            </span>
          </li>
        ))}
      </ul>
      {run.explanation && <ExplanationCard explanation={run.explanation} />}
      {run.shortestFailing ? (
        <>
          <h3 className="lab-subhead">The shortest failing schedule</h3>
          <TraceTable trace={run.shortestFailing} scenario={run.scenario} caption={`${plural(run.shortestFailing.steps.length, 'step')}, in the order the store saw them`} />
        </>
      ) : (
        <p className="note note-success">
          Every schedule ended with the expected value. Try more fault models, or grade this fix against all the ones that matter.
        </p>
      )}
      <p className="lab-cost">
        Each schedule took {run.cost.minSteps === run.cost.maxSteps ? run.cost.minSteps : `${run.cost.minSteps}–${run.cost.maxSteps}`} steps
        {run.cost.maxRetries > 0 ? `; up to ${plural(run.cost.maxRetries, 'retry', 'retries')} after a failed compare-and-swap` : ''}
        {run.cost.maxQueueWait > 0 ? `; a request waited up to ${plural(run.cost.maxQueueWait, 'step')} in the queue` : ''}.
      </p>
    </section>
  );
}
