import { describeError } from '../api/client.ts';

/** A plain-words error for a whole form or page, announced to screen readers. */
export function ErrorNote({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  if (error === null || error === undefined) return null;
  return (
    <div className="note note-error" role="alert">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="button button-quiet" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
