import { Fragment } from 'react';
import { ConsoleLayout } from './components/ConsoleLayout.tsx';
import { Loading } from './components/Loading.tsx';
import { matchRoute, usePath } from './lib/router.ts';
import { SessionProvider, useSession } from './lib/session.tsx';
import { BankPage } from './pages/BankPage.tsx';
import { CandidatePage } from './pages/CandidatePage.tsx';
import { ComparePage } from './pages/ComparePage.tsx';
import { EmailsPage } from './pages/EmailsPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { InvitationsPage } from './pages/InvitationsPage.tsx';
import { LabPage } from './pages/LabPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PracticePage } from './pages/PracticePage.tsx';
import { ReportPage } from './pages/ReportPage.tsx';
import { ScreenBuilderPage } from './pages/ScreenBuilderPage.tsx';
import { ScreenPage } from './pages/ScreenPage.tsx';
import { ScreensPage } from './pages/ScreensPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

type Page = (params: Record<string, string>) => React.JSX.Element;

const CONSOLE_ROUTES: readonly (readonly [string, Page])[] = [
  ['/', () => <HomePage />],
  ['/bank', () => <BankPage />],
  ['/bank/:id', (p) => <BankPage selectedId={p.id ?? ''} />],
  ['/screens', () => <ScreensPage />],
  ['/screens/new', () => <ScreenBuilderPage />],
  ['/screens/:id/edit', (p) => <ScreenBuilderPage screenId={p.id ?? ''} />],
  ['/screens/:id', (p) => <ScreenPage screenId={p.id ?? ''} />],
  ['/screens/:id/invitations', (p) => <InvitationsPage screenId={p.id ?? ''} />],
  ['/screens/:id/compare', (p) => <ComparePage screenId={p.id ?? ''} />],
  ['/reports/:interviewId', (p) => <ReportPage interviewId={p.interviewId ?? ''} />],
  ['/lab', () => <LabPage />],
  ['/emails', () => <EmailsPage />],
];

const LAB_SIGN_IN = 'The concurrency lab is part of the hiring console: sign in to use it here, or run it in a terminal without an account (prescreen lab run).';

function ConsoleRoutes({ path }: { readonly path: string }) {
  const { state } = useSession();
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'signed-out') return <SignInPage {...(path === '/lab' ? { wanted: LAB_SIGN_IN } : {})} />;
  for (const [pattern, render] of CONSOLE_ROUTES) {
    const params = matchRoute(pattern, path);
    // The layout stays mounted across pages; each route pattern remounts its page.
    if (params) return <ConsoleLayout><Fragment key={pattern}>{render(params)}</Fragment></ConsoleLayout>;
  }
  return (
    <ConsoleLayout>
      <NotFoundPage />
    </ConsoleLayout>
  );
}

/** Candidates see only their interview page or practice; everyone else the console. */
export function App() {
  const path = usePath();
  const candidate = matchRoute('/i/:token', path);
  if (candidate) return <CandidatePage token={candidate.token ?? ''} />;
  // Practice needs no account: it never loads the console's session.
  if (path === '/practice') return <PracticePage />;
  return (
    <SessionProvider>
      <ConsoleRoutes path={path} />
    </SessionProvider>
  );
}
