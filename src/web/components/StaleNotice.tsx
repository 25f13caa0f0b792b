import { useEffect, useRef } from 'react';

interface Props {
  readonly onReload: () => void;
  /** What someone else saved, e.g. "this screen" or "these answers". */
  readonly what?: string;
  readonly reloadLabel?: string;
}

/**
 * Shown when someone else saved first (HTTP 412 stale_version). Focus moves
 * to its reload button: the save the user pressed did nothing, and this is
 * the one thing left to do.
 */
export function StaleNotice({ onReload, what = 'this screen', reloadLabel = 'Reload the latest version' }: Props) {
  const reload = useRef<HTMLButtonElement>(null);
  useEffect(() => reload.current?.focus(), []);
  return (
    <div className="note note-warn" role="alert">
      <p>
        <strong>Someone else saved {what} while you were editing.</strong> Your changes were not saved, so nothing of
        theirs was overwritten. Reload to see the latest, then make your changes again.
      </p>
      <button type="button" ref={reload} className="button button-primary" onClick={onReload}>
        {reloadLabel}
      </button>
    </div>
  );
}
