import { useEffect, useRef, useState } from 'react';
import { ApiError, fieldErrors, post } from '../api/client.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { ConceptsAside } from '../components/lab/ConceptsAside.tsx';
import { GradeResult } from '../components/lab/GradeResult.tsx';
import { LabForm, type LabChoice } from '../components/lab/LabForm.tsx';
import { RunResult } from '../components/lab/RunResult.tsx';
import { plural, type LabCatalog, type LabGrade, type LabRun, type LabRunRequest } from '../components/lab/trace-view.ts';
import { usePageTitle } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';

type Outcome = { readonly kind: 'run'; readonly run: LabRun; readonly setup: string } | { readonly kind: 'grade'; readonly grade: LabGrade; readonly setup: string };

/** The concurrency lab: run a scenario under a strategy and fault models, read the failing trace, grade a fix. */
export function LabPage() {
  usePageTitle('Concurrency lab');
  const [catalog, reload] = useApi<LabCatalog>('/api/v1/lab/scenarios');
  return (
    <section className="page page-wide lab-page">
      <h1>Concurrency lab</h1>
      <p className="lead">
        Pick a small system, a way of writing to it and what the network may do. The lab tries every interleaving, tells you how often the value ends wrong, and replays the shortest schedule that breaks it.
      </p>
      {catalog.kind === 'loading' && <Loading label="Loading the scenarios…" />}
      {catalog.kind === 'error' && <ErrorNote error={catalog.error} onRetry={reload} />}
      {catalog.kind === 'ready' && <Lab catalog={catalog.data} />}
    </section>
  );
}

function Lab({ catalog }: { readonly catalog: LabCatalog }) {
  const { expire } = useSession();
  const first = catalog.scenarios[0]!;
  const [choice, setChoice] = useState<LabChoice>({
    scenario: first.id,
    strategy: catalog.strategies[0]?.id ?? '',
    faults: first.gradedFaults[0] ?? [],
    clients: first.clients.default,
  });
  const [busy, setBusy] = useState<'run' | 'grade' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const results = useRef<HTMLDivElement>(null);

  const title = (list: readonly { id: string; title: string }[], id: string) => list.find((x) => x.id === id)?.title ?? id;
  const faultTitle = (id: string) => title(catalog.faults, id);

  useEffect(() => {
    if (!outcome || !results.current) return;
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    results.current.scrollIntoView({ block: 'start', behavior: calm ? 'auto' : 'smooth' });
  }, [outcome]);

  async function perform<T>(kind: 'run' | 'grade', call: () => Promise<T>, done: (value: T) => void) {
    setBusy(kind);
    setError(null);
    setAnnouncement(kind === 'run' ? 'Running every schedule…' : 'Grading the fix…');
    try {
      done(await call());
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) expire();
      setError(err);
      setAnnouncement('');
    } finally {
      setBusy(null);
    }
  }

  const scenarioTitle = title(catalog.scenarios, choice.scenario);
  const strategyTitle = title(catalog.strategies, choice.strategy);

  function run() {
    const body: LabRunRequest = { scenario: choice.scenario, strategy: choice.strategy, faults: [...choice.faults], clients: choice.clients } as LabRunRequest;
    const faults = choice.faults.length > 0 ? choice.faults.map(faultTitle).join(' + ') : 'no faults';
    const setup = `${scenarioTitle} · ${strategyTitle} · ${faults} · ${plural(choice.clients, 'client')}`;
    void perform('run', () => post<LabRun>('/api/v1/lab/runs', body), (value) => {
      setOutcome({ kind: 'run', run: value, setup });
      setAnnouncement(
        value.wrong > 0
          ? `Run finished: ${value.wrong} of ${plural(value.schedules, 'schedule')} ended wrong. ${value.explanation ? `Concept: ${value.explanation.title}.` : ''}`
          : `Run finished: all ${plural(value.schedules, 'schedule')} ended with the expected value.`,
      );
    });
  }

  function grade() {
    const setup = `${strategyTitle} on ${scenarioTitle.charAt(0).toLowerCase()}${scenarioTitle.slice(1)}`;
    void perform('grade', () => post<LabGrade>('/api/v1/lab/grades', { scenario: choice.scenario, strategy: choice.strategy }), (value) => {
      setOutcome({ kind: 'grade', grade: value, setup });
      const failing = value.verdicts.filter((v) => v.kind === 'wrong').map((v) => v.faults.map(faultTitle).join(' + '));
      setAnnouncement(value.pass ? `Grade: the fix passes under ${value.verdicts.length === 1 ? 'the one fault model' : `all ${value.verdicts.length} fault models`}.` : `Grade: the fix fails under ${failing.join(', ')}.`);
    });
  }

  return (
    <div className="lab-layout">
      <div className="lab-main">
        <LabForm catalog={catalog} choice={choice} onChange={setChoice} onRun={run} onGrade={grade} busy={busy} errors={fieldErrors(error)} />
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        <ErrorNote error={error} />
      </div>
      {/* Beside the form on a wide screen the concepts; under both, at full width, the results (a five-client timeline needs it). */}
      <div ref={results} className="lab-results" aria-busy={busy !== null}>
        {outcome?.kind === 'run' && <RunResult run={outcome.run} setup={outcome.setup} />}
        {outcome?.kind === 'grade' && <GradeResult grade={outcome.grade} setup={outcome.setup} faultTitle={faultTitle} />}
      </div>
      <ConceptsAside />
    </div>
  );
}
