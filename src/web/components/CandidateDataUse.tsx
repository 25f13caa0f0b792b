import { DATA_USE, DATA_USE_DETAILS } from '../../core/interview/candidate-info.ts';
import type { InterviewView } from '../api/interview.ts';

/** How the candidate's data is used: what is stored, who sees it, how long it is kept (the same words the API sends). */
export function CandidateDataUse() {
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">How your data is used</h2>
      <p>{DATA_USE}</p>
      <dl className="data-use">
        {DATA_USE_DETAILS.map((d) => (
          <div key={d.topic}>
            <dt>{d.topic}</dt>
            <dd>{d.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Time, calmly, and how extra time works (BRIEF §10: accommodations extend it). */
export function CandidateTimeAndAdjustments({ view }: { readonly view: InterviewView }) {
  const factor = view.accommodations.extraTimeFactor;
  const base = view.screen.timeBudgetMinutes;
  const total = Math.round(view.time.budgetSeconds / 60);
  return (
    <>
      <section aria-labelledby="time-title">
        <h2 id="time-title">About the time</h2>
        <p>
          The clock starts when you press Start. You will see roughly how much time is left, in whole minutes, nothing
          more: there is no countdown. An answer you are writing when the time runs out is still kept. If you close this
          page, open the same link again and you will continue where you were; your draft stays on this device.
        </p>
      </section>
      <section aria-labelledby="adjust-title">
        <h2 id="adjust-title">Extra time and other adjustments</h2>
        {factor > 1 && base !== null && total !== null ? (
          <p>
            Extra time has been arranged for you: you have {total} minutes instead of the usual {base}. Your answers are
            judged exactly like everyone else’s; the extra time changes nothing in how they are scored.
          </p>
        ) : (
          <p>
            If you need more time — for example because of dyslexia, ADHD or another condition, or because you are
            writing in a second language — reply to your invitation email before you start and ask for extra time. The
            hiring team can extend your time limit without you having to explain more than you want to, and your answers
            are judged exactly like everyone else’s.
          </p>
        )}
      </section>
    </>
  );
}
