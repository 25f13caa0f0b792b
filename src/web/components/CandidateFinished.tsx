import type { InterviewView } from '../api/interview.ts';
import { Link } from './Link.tsx';

/** The end: thanks, what happens next, and the team's answers about the role. */
export function CandidateFinished({ view }: { readonly view: InterviewView }) {
  const expired = view.status === 'expired';
  const timeUp = view.endReason === 'time_up';
  return (
    <section className="finished" aria-labelledby="finished-title">
      <h1 id="finished-title" tabIndex={-1}>
        {expired ? 'This invitation has expired' : 'Thank you — you are done'}
      </h1>
      {expired ? (
        <p className="lead">
          The link is no longer valid. If you still want to take this interview, reply to the invitation email and ask the
          hiring team for a new link.
        </p>
      ) : (
        <>
          <p className="lead">
            {timeUp
              ? 'The planned time is over. Every answer you sent before the end has been recorded.'
              : 'All your answers have been recorded.'}
          </p>
          <h2>What happens next</h2>
          <ol className="next-steps">
            <li>Your answers are scored against the written rubric you read at the start.</li>
            <li>A person on the hiring team reads the report and your full answers.</li>
            <li>The hiring team will contact you by email about the next step, whatever the outcome.</li>
          </ol>
        </>
      )}
      {view.faq && view.faq.length > 0 && (
        <section aria-labelledby="faq-title">
          <h2 id="faq-title">Questions candidates often ask about the role</h2>
          <dl className="faq">
            {view.faq.map((f) => (
              <div key={f.question}>
                <dt>{f.question}</dt>
                <dd>{f.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="muted">
        You can close this page now, or <Link to="/practice">practise for your next interview</Link> — no account needed.
      </p>
    </section>
  );
}
