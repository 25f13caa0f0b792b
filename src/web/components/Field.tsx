import { useId } from 'react';
import type { ReactElement } from 'react';
import { cloneElement } from 'react';

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly errors?: readonly string[] | undefined;
  /** One input, select or textarea; it receives id and aria attributes. */
  readonly children: ReactElement<Record<string, unknown>>;
}

/** A labelled form control with its hint and its errors right below it. */
export function Field({ label, hint, errors, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasErrors = errors !== undefined && errors.length > 0;
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={hasErrors ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': hasErrors || undefined,
      })}
      {hasErrors && (
        <ul className="field-errors" id={errorId}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
