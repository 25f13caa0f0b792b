import { ratingsPath, type ScreenRatings } from '../api/trust.ts';
import { useApi } from '../lib/use-api.ts';
import { ErrorNote } from './ErrorNote.tsx';

const STARS = [5, 4, 3, 2, 1] as const;

/** How candidates rated this screen: the average, how the stars fall, and their comments, without names. */
export function RatingsPanel({ screenId }: { readonly screenId: string }) {
  const [ratings, reload] = useApi<ScreenRatings>(ratingsPath(screenId));
  if (ratings.kind === 'loading') return null;
  if (ratings.kind === 'error') return <ErrorNote error={ratings.error} onRetry={reload} />;
  const r = ratings.data;
  const comments = r.items.filter((i) => i.comment !== null);
  return (
    <section className="card ratings-panel" aria-labelledby="ratings-title">
      <h2 id="ratings-title">How candidates rated this screen</h2>
      {r.count === 0 || r.averageStars === null ? (
        <p className="muted">No ratings yet. Every candidate can rate the interview once they finish.</p>
      ) : (
        <>
          <p className="ratings-average">
            <span className="ratings-average-value">{r.averageStars.toFixed(1)}</span> out of 5, from {r.count}{' '}
            {r.count === 1 ? 'rating' : 'ratings'}
          </p>
          <dl className="ratings-distribution">
            {STARS.map((n) => (
              <div key={n}>
                <dt>{n === 1 ? '1 star' : `${n} stars`}</dt>
                <dd>
                  <progress max={r.count} value={r.distribution[n]} aria-label={`${n} stars: ${r.distribution[n]} of ${r.count}`} />{' '}
                  {r.distribution[n]}
                </dd>
              </div>
            ))}
          </dl>
          <h3>Comments</h3>
          {comments.length === 0 ? (
            <p className="muted">No comments yet.</p>
          ) : (
            <ul className="ratings-comments">
              {comments.map((c, i) => (
                <li key={i}>
                  <span className="muted">
                    {c.stars} of 5
                  </span>
                  <blockquote className="rating-comment">{c.comment}</blockquote>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
