import type { ButtonHTMLAttributes } from 'react';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** While true the button says so and does nothing, but keeps focus. */
  readonly busy: boolean;
  readonly busyLabel: string;
}

/**
 * A button for an action that takes a request. It is never `disabled` while
 * busy: a disabled button loses keyboard focus in Chromium, so the user would
 * land on <body> while the request runs. It is aria-disabled instead and
 * swallows clicks (and, for a submit button, the form's submission).
 */
export function BusyButton({ busy, busyLabel, children, onClick, type = 'button', ...rest }: Props) {
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
