import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, describeError, fieldErrors } from '../api/client.ts';
import { BusyButton } from '../components/BusyButton.tsx';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { useSession } from '../lib/session.tsx';
import { firstInvalid, useFocusLater } from '../lib/focus.ts';
import { usePageTitle } from '../lib/router.ts';

/** Email and password sign-in for the hiring team; `wanted` says which console page asked for it. */
export function SignInPage({ wanted }: { readonly wanted?: string } = {}) {
  usePageTitle('Sign in');
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const focusLater = useFocusLater();
  // Shown after signing out too, when the button pressed has just gone.
  useEffect(() => focusLater('#signin-title'), [focusLater]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(err);
      focusLater(firstInvalid('.signin form'));
    } finally {
      setBusy(false);
    }
  }

  const fields = fieldErrors(error);
  const message =
    Object.keys(fields).length > 0
      ? null
      : error instanceof ApiError && error.status === 401
      ? 'That email and password do not match an account. Check them and try again.'
        : error !== null
          ? describeError(error)
          : null;

  return (
    <main id="main" className="signin">
      <div className="signin-card">
        <p className="brand brand-large">prescreen</p>
        <h1 id="signin-title" tabIndex={-1}>
          Sign in to the hiring console
        </h1>
        {wanted && <p className="signin-wanted">{wanted}</p>}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Field label="Email" errors={fields.email}>
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field label="Password" errors={fields.password}>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
          <BusyButton type="submit" className="button button-primary button-wide" busy={busy} busyLabel="Signing in…">
            Sign in
          </BusyButton>
        </form>
        <p className="signin-practice">
          Preparing for an interview? <Link to="/practice">Practise alone, no account needed</Link>
        </p>
      </div>
    </main>
  );
}
