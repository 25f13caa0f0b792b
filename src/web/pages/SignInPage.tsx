import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, describeError, fieldErrors } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { useSession } from '../lib/session.tsx';
import { usePageTitle } from '../lib/router.ts';

/** Email and password sign-in for the hiring team; `wanted` says which console page asked for it. */
export function SignInPage({ wanted }: { readonly wanted?: string } = {}) {
  usePageTitle('Sign in');
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(err);
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
        <h1>Sign in to the hiring console</h1>
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
          <button type="submit" className="button button-primary button-wide" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="signin-practice">
          Preparing for an interview? <Link to="/practice">Practise alone, no account needed</Link>
        </p>
      </div>
    </main>
  );
}
