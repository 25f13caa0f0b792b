import type { InterviewView } from '../api/interview.ts';
import { HOW_ANSWERS_ARE_JUDGED } from '../../core/interview/candidate-info.ts';
import { BusyButton } from './BusyButton.tsx';
import { CandidateDataUse, CandidateTimeAndAdjustments } from './CandidateDataUse.tsx';
import { RoleFaqDisclosure } from './RoleFaq.tsx';

interface Props {
  readonly view: InterviewView;
  readonly onStart: () => void;
  readonly starting: boolean;
}

function facts(view: InterviewView) {
  return {
    role: view.screen.role,
    count: view.screen.questionCount,
    minutes: Math.round(view.time.budgetSeconds / 60),
    extra: view.accommodations.extraTimeFactor > 1,
  };
}


/**
 * Before starting, a candidate learns the role, how long it takes, how
 * answers are judged and how their data is used — and starts when ready.
 */
export function CandidateWelcome({ view, onStart, starting }: Props) {
  const { role, count, minutes, extra } = facts(view);
  const name = view.candidate.name;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{name ? `Hello ${name}, welcome` : 'Welcome'} to your screening interview</h1>
      <p className="lead">
        For the role of <strong>{role}</strong>.
      </p>
      <dl className="welcome-facts">
        <div>
          <dt>Questions</dt>
          <dd>{count} questions, one at a time</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>
            {minutes ? `${minutes} minutes in total` : 'The same time for every candidate'}
            {extra && ', including the extra time arranged for you'}
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>Written answers — take a moment to think before you type</dd>
        </div>
      </dl>
      <section aria-labelledby="judged-title">
        <h2 id="judged-title">How your answers are judged</h2>
        <ul className="judging">
          {HOW_ANSWERS_ARE_JUDGED.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <CandidateDataUse />
      <CandidateTimeAndAdjustments view={view} />
      <RoleFaqDisclosure items={view.faq ?? []} />
      <BusyButton className="button button-primary button-large" onClick={onStart} busy={starting} busyLabel="Starting…">
        Start the interview
      </BusyButton>
    </section>
  );
}
