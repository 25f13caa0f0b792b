import { useEffect, useRef } from 'react';
import type { InterviewView } from '../api/interview.ts';
import { Link } from './Link.tsx';
import { CandidateFeedback } from './CandidateFeedback.tsx';
import { RatingForm } from './RatingForm.tsx';
import { RoleFaq } from './RoleFaq.tsx';

/** The end: thanks, what happens next, the feedback, the team's answers about the role, and a rating. */
export function CandidateFinished({ view, token }: { readonly view: InterviewView; readonly token?: string }) {
  const expired = view.status === 'expired';
  const timeUp = view.endReason === 'time_up';
  const title = useRef<HTMLHeadingElement>(null);
  // The last answer was sent from far down a long conversation: open at the confirmation, not at the rating form.
  useEffect(() => {
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="finished" aria-labelledby="finished-title">
      <h1 id="finished-title" tabIndex={-1} ref={title}>
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
      {view.feedback && <CandidateFeedback feedback={view.feedback} />}
      {view.faq && view.faq.length > 0 && (
        <section aria-labelledby="faq-title">
          <h2 id="faq-title">Questions you may have about the role</h2>
          <p className="muted">Answered by the hiring team.</p>
          <RoleFaq items={view.faq} />
        </section>
      )}
      {token !== undefined && (view.canRate ?? !expired) && <RatingForm token={token} initial={view.rating ?? null} />}
      <p className="muted">
        You can close this page now, or <Link to="/practice">practise for your next interview</Link> — no account needed.
      </p>
    </section>
  );
}
