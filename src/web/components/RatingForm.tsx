import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, describeError, fieldErrors } from '../api/client.ts';
import { rateInterview, type Rating } from '../api/interview.ts';
import { useFocusLater } from '../lib/focus.ts';
import { BusyButton } from './BusyButton.tsx';
import { Field } from './Field.tsx';

const STAR_WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;
const MAX_COMMENT = 1000;

/** The candidate rates the experience once; the hiring team sees it without a name. */
export function RatingForm({ token, initial }: { readonly token: string; readonly initial: Rating | null }) {
  const [saved, setSaved] = useState<Rating | null>(initial);
  const [stars, setStars] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unrated, setUnrated] = useState(false);
  const focusLater = useFocusLater();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (stars === null) {
      setUnrated(true);
      focusLater('.star-options input');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSaved(await rateInterview(token, stars, comment));
      focusLater('#rating-title'); // the form is replaced by its result
    } catch (err) {
      const earlier = err instanceof ApiError && err.code === 'already_rated' ? (err.problem.rating as Rating | undefined) : undefined;
      if (earlier) setSaved(earlier);
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (saved) {
    return (
      <section className="rating" aria-labelledby="rating-title">
        <h2 id="rating-title" tabIndex={-1}>
          Your rating
        </h2>
        <p role="status">
          Thank you. You rated this interview {saved.stars} of 5 ({STAR_WORDS[saved.stars] ?? ''}).
        </p>
        {saved.comment && <blockquote className="rating-comment">{saved.comment}</blockquote>}
      </section>
    );
  }

  const fields = fieldErrors(error);
  return (
    <section className="rating" aria-labelledby="rating-title">
      <h2 id="rating-title">How was this interview?</h2>
      <p>Your rating helps the hiring team improve it. They see it without your name. You can rate once.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="star-options" aria-describedby={unrated ? 'rating-unrated' : undefined}>
          <legend>Your rating</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={stars === n ? 'star-option star-option-on' : 'star-option'}>
              <input type="radio" name="stars" value={n} checked={stars === n} onChange={() => { setStars(n); setUnrated(false); }} />
              <span>
                {n} {n === 1 ? 'star' : 'stars'} · {STAR_WORDS[n]}
              </span>
            </label>
          ))}
          {unrated && (
            <p id="rating-unrated" className="form-error" role="alert">
              Choose from 1 to 5 stars first.
            </p>
          )}
        </fieldset>
        <Field label="Anything you want to tell the hiring team? (optional)" hint={`Up to ${MAX_COMMENT.toLocaleString('en')} characters.`} errors={fields.comment}>
          <textarea rows={4} maxLength={MAX_COMMENT} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
        {error !== null && !fields.comment && (
          <p className="form-error" role="alert">
            {describeError(error)}
          </p>
        )}
        <div className="actions">
          <BusyButton type="submit" className="button button-primary" busy={busy} busyLabel="Sending…">
            Send rating
          </BusyButton>
        </div>
      </form>
    </section>
  );
}
