import type { InterviewView } from '../api/interview.ts';
import { BusyButton } from './BusyButton.tsx';
import { CandidateDataUse, CandidateTimeAndAdjustments } from './CandidateDataUse.tsx';
import { RoleFaqDisclosure } from './RoleFaq.tsx';

interface Props {
  readonly view: InterviewView;
  readonly onStart: () => void;
  readonly starting: boolean;
}

function facts(view: InterviewView) {
  const role = view.screen?.role ?? view.role ?? view.screen?.title ?? view.title ?? 'this role';
  const count = view.screen?.questionCount ?? view.questionCount ?? view.question?.of ?? null;
  const budget = view.time?.budgetSeconds;
  const minutes = budget ? Math.round(budget / 60) : (view.screen?.timeBudgetMinutes ?? view.timeBudgetMinutes ?? null);
  const factor = view.accommodations?.extraTimeFactor ?? 1;
  return { role, count, minutes, extra: factor > 1 };
}

const DEFAULT_JUDGING = [
  'Each answer is scored from 1 to 5 against a written rubric that the hiring team fixed before anyone was interviewed. Every candidate gets the same questions, in the same order, with the same time.',
  'For questions about your past work, describe a real situation: what you personally did and what came of it, with numbers if you have them.',
  'For “what would you do” questions, walk through your steps and the trade-offs you would weigh.',
  'Plain, focused answers do better than long ones. Keywords alone earn nothing.',
  'A follow-up question is normal: it asks for detail the first answer did not cover.',
];

/**
 * Before starting, a candidate learns the role, how long it takes, how
 * answers are judged and how their data is used — and starts when ready.
 */
export function CandidateWelcome({ view, onStart, starting }: Props) {
  const { role, count, minutes, extra } = facts(view);
  const name = view.candidate?.name;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{name ? `Hello ${name}, welcome` : 'Welcome'} to your screening interview</h1>
      <p className="lead">
        For the role of <strong>{role}</strong>.
      </p>
      <dl className="welcome-facts">
        <div>
          <dt>Questions</dt>
          <dd>{count ?? 'A few'} questions, one at a time</dd>
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
          {(view.howAnswersAreJudged && view.howAnswersAreJudged.length > 0 ? view.howAnswersAreJudged : DEFAULT_JUDGING).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <CandidateDataUse view={view} />
      <CandidateTimeAndAdjustments view={view} />
      <RoleFaqDisclosure items={view.faq ?? []} />
      <BusyButton className="button button-primary button-large" onClick={onStart} busy={starting} busyLabel="Starting…">
        Start the interview
      </BusyButton>
    </section>
  );
}
