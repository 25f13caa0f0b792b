import { useId } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../Field.tsx';
import type { LabCatalog } from './trace-view.ts';

export interface LabChoice {
  readonly scenario: string;
  readonly strategy: string;
  readonly faults: readonly string[];
  readonly clients: number;
}

interface LabFormProps {
  readonly catalog: LabCatalog;
  readonly choice: LabChoice;
  readonly onChange: (choice: LabChoice) => void;
  readonly onRun: () => void;
  readonly onGrade: () => void;
  readonly busy: 'run' | 'grade' | null;
  readonly errors: Readonly<Record<string, readonly string[]>>;
}

/** Scenario, strategy, fault models and clients; Run explores them, Grade tests the fix against all that matter. */
export function LabForm({ catalog, choice, onChange, onRun, onGrade, busy, errors }: LabFormProps) {
  const ids = useId();
  const scenario = catalog.scenarios.find((s) => s.id === choice.scenario) ?? catalog.scenarios[0]!;
  const strategy = catalog.strategies.find((s) => s.id === choice.strategy);
  const faultTitle = (id: string) => catalog.faults.find((f) => f.id === id)?.title ?? id;
  const graded = scenario.gradedFaults.map((set) => set.map(faultTitle).join(' + ')).join('; ');
  const clientCounts = Array.from({ length: scenario.clients.max - scenario.clients.min + 1 }, (_, i) => scenario.clients.min + i);

  function chooseScenario(id: string) {
    const next = catalog.scenarios.find((s) => s.id === id);
    if (!next) return;
    onChange({ ...choice, scenario: id, faults: next.gradedFaults[0] ?? [], clients: next.clients.default });
  }

  function toggleFault(id: string, on: boolean) {
    const faults = on ? [...choice.faults, id] : choice.faults.filter((f) => f !== id);
    onChange({ ...choice, faults: catalog.faults.map((f) => f.id).filter((f) => faults.includes(f)) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy === null) onRun();
  }

  return (
    <form className="card lab-form" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Set up a run</h2>
      <fieldset className="lab-fieldset">
        <legend>Scenario</legend>
        <div className="lab-options lab-options-scenarios">
          {catalog.scenarios.map((s) => (
            <label key={s.id} className="lab-option">
              <input
                type="radio"
                name={`${ids}-scenario`}
                value={s.id}
                checked={s.id === scenario.id}
                onChange={() => chooseScenario(s.id)}
                aria-labelledby={`${ids}-sc-${s.id}`}
                aria-describedby={`${ids}-scd-${s.id}`}
              />
              <span className="lab-option-body">
                <span className="lab-option-title" id={`${ids}-sc-${s.id}`}>
                  {s.title}
                </span>
                <span className="lab-option-text" id={`${ids}-scd-${s.id}`}>
                  {s.description}
                </span>
              </span>
            </label>
          ))}
        </div>
        <p className="lab-expectation">
          <strong>Correct means: </strong>
          {scenario.expectation}
        </p>
      </fieldset>

      <div className="lab-row">
        <Field label="Strategy" hint={strategy?.description ?? ''} errors={errors['strategy']}>
          <select value={choice.strategy} onChange={(e) => onChange({ ...choice, strategy: e.target.value })}>
            {catalog.strategies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </Field>
        {clientCounts.length > 1 ? (
          <Field label="Clients" hint={`${scenario.clients.min} to ${scenario.clients.max}; more clients, many more schedules.`} errors={errors['clients']}>
            <select value={choice.clients} onChange={(e) => onChange({ ...choice, clients: Number(e.target.value) })}>
              {clientCounts.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <div className="field lab-fixed-clients">
            <p className="lab-fixed-label">Clients</p>
            <p className="field-hint">This scenario always runs with {scenario.clients.min === 1 ? 'one client' : `${scenario.clients.min} clients`}.</p>
          </div>
        )}
      </div>

      <fieldset className="lab-fieldset" aria-describedby={errors['faults'] ? `${ids}-faults-error` : undefined}>
        <legend>Fault models</legend>
        <div className="lab-options lab-options-faults">
          {catalog.faults.map((f) => (
            <label key={f.id} className="lab-option">
              <input
                type="checkbox"
                value={f.id}
                checked={choice.faults.includes(f.id)}
                onChange={(e) => toggleFault(f.id, e.target.checked)}
                aria-labelledby={`${ids}-f-${f.id}`}
                aria-describedby={`${ids}-fd-${f.id}`}
              />
              <span className="lab-option-body">
                <span className="lab-option-title" id={`${ids}-f-${f.id}`}>
                  {f.title}
                </span>
                <span className="lab-option-text" id={`${ids}-fd-${f.id}`}>
                  {f.description}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors['faults'] && (
          <ul className="field-errors" id={`${ids}-faults-error`}>
            {errors['faults'].map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </fieldset>

      <div className="actions lab-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy !== null || undefined}>
          {busy === 'run' ? 'Running…' : 'Run'}
        </button>
        <button type="button" className="button" aria-disabled={busy !== null || undefined} aria-describedby={`${ids}-grade-hint`} onClick={() => busy === null && onGrade()}>
          {busy === 'grade' ? 'Grading…' : 'Grade this fix'}
        </button>
      </div>
      <p className="field-hint" id={`${ids}-grade-hint`}>
        Grading runs this strategy on this scenario under each fault model that matters for it: {graded}.
      </p>
    </form>
  );
}
