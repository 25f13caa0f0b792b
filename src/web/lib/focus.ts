import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Where keyboard focus goes after an action that re-renders what held it
 * (a removed row, a form replaced by its result, a button that disappears).
 * Without it the browser drops focus to <body> and a keyboard or screen
 * reader user starts again from the top of the page.
 *
 * `focusLater(selector)` focuses the first element matching the selector
 * once React has committed the render the same event caused.
 */
export function useFocusLater(): (selector: string) => void {
  const pending = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const selector = pending.current;
    if (selector === null) return;
    pending.current = null;
    document.querySelector<HTMLElement>(selector)?.focus();
  }, [tick]);
  return useCallback((selector: string) => {
    pending.current = selector;
    setTick((t) => t + 1);
  }, []);
}

/** The first field a form marks invalid, or an error list made focusable for it. */
export function firstInvalid(formSelector: string): string {
  return `${formSelector} [aria-invalid="true"], ${formSelector} [data-focus-on-error]`;
}

/** A CSS attribute selector for a value that may hold any character. */
export function byData(name: string, value: string): string {
  return `[data-${name}="${CSS.escape(value)}"]`;
}
