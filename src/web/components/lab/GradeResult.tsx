import { VerdictItem } from './VerdictItem.tsx';
import type { LabGrade } from './trace-view.ts';

interface GradeResultProps {
  readonly grade: LabGrade;
  /** "Idempotency keys on A card payment" */
  readonly setup: string;
  readonly faultTitle: (id: string) => string;
}

/** A fix graded against every fault model that matters for its scenario, and what it costs. */
export function GradeResult({ grade, setup, faultTitle }: GradeResultProps) {
  const failing = grade.verdicts.filter((v) => v.kind === 'wrong').length;
  return (
    <section className="card lab-result" aria-labelledby="lab-grade-heading">
      <h2 id="lab-grade-heading">Grade</h2>
      <p className="lab-setup">{setup}</p>
      <p className={grade.pass ? 'lab-grade-summary lab-grade-pass' : 'lab-grade-summary lab-grade-fail'}>
        <span aria-hidden="true">{grade.pass ? '✓ ' : '✗ '}</span>
        {grade.pass
          ? grade.verdicts.length === 1 ? 'This fix holds under the one fault model that matters here.' : `This fix holds under all ${grade.verdicts.length} fault models that matter here.`
          : `This fix fails under ${failing} of ${grade.verdicts.length} fault models.`}
      </p>
      <ul className="lab-verdicts">
        {grade.verdicts.map((v) => {
          const label = v.faults.map(faultTitle).join(' + ');
          return <VerdictItem key={v.faults.join('+')} verdict={v} scenario={grade.scenario} faultsLabel={label} />;
        })}
      </ul>
      <h3 className="lab-subhead">What it costs</h3>
      <ul className="lab-cost-notes">
        {grade.costNotes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
