import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useSession } from '../lib/session.tsx';
import { usePath } from '../lib/router.ts';
import { Link } from './Link.tsx';

// On a phone the bank is "Bank", so the navigation fits on one line.
const NAV: readonly { to: string; label: string; narrow?: string }[] = [
  { to: '/', label: 'Home' },
  { to: '/screens', label: 'Screens' },
  { to: '/bank', label: 'Question bank', narrow: 'Bank' },
  { to: '/lab', label: 'Lab' },
  { to: '/emails', label: 'Email' },
];

function isCurrent(to: string, path: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/** The hiring console's frame: skip link, header with navigation, main. */
export function ConsoleLayout({ children }: { readonly children: ReactNode }) {
  const path = usePath();
  const { state, signOut } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After an in-app navigation, move focus to the new page so screen readers
  // start reading there (a full page load starts at the top anyway).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);
  return (
    <div className="console">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="console-header">
        <div className="console-header-inner">
          <Link to="/" className="brand">
            prescreen
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} current={isCurrent(item.to, path)} className="nav-link">
                    {item.narrow ? (
                      <>
                        <span className="hide-narrow">{item.label}</span>
                        <span className="show-narrow">{item.narrow}</span>
                      </>
                    ) : (
                      item.label
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {state.kind === 'signed-in' && (
            <div className="user-menu">
              <span className="user-name">{state.user.name || state.user.email}</span>
              <button type="button" className="button button-quiet" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" ref={main} className="console-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
