import type { Screen } from '../api/types.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { LatestReports } from '../components/LatestReports.tsx';
import { Loading } from '../components/Loading.tsx';
import { Link } from '../components/Link.tsx';
import { useSession } from '../lib/session.tsx';
import { usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';
import { ScreenTable } from '../components/ScreenTable.tsx';

/** The console home: what to do next, the latest reports and the latest screens. */
export function HomePage() {
  usePageTitle('Home');
  const { state } = useSession();
  const [screens, reload] = useApi<{ items: Screen[] }>('/api/v1/screens');
  const name = state.kind === 'signed-in' ? state.user.name || state.user.email : '';
  const items = screens.kind === 'ready' ? screens.data.items : [];
  const published = items.filter((s) => s.status === 'published').length;
  return (
    <section className="page">
      <h1>Welcome{name ? `, ${name}` : ''}</h1>
      <p className="lead">Build a fair screen, invite candidates, and read reports whose every point traces to the candidate’s words.</p>
      <ol className="steps">
        <li className="step">
          <h2>Choose questions</h2>
          <p>Browse the bank and read each rubric before the first candidate.</p>
          <Link to="/bank">Open the question bank</Link>
        </li>
        <li className="step">
          <h2>Build and publish a screen</h2>
          <p>6–8 questions, one time budget, a threshold fixed in advance.</p>
          <Link to="/screens/new">Start a new screen</Link>
        </li>
        <li className="step">
          <h2>Invite and compare</h2>
          <p>
            {published === 0
              ? 'Once a screen is published, invite candidates and compare their reports.'
              : `${published} published ${published === 1 ? 'screen is' : 'screens are'} ready for candidates.`}
          </p>
          <Link to="/screens">See your screens</Link>
        </li>
      </ol>
      <h2>Latest reports</h2>
      <LatestReports />
      <h2>Recent screens</h2>
      {screens.kind === 'loading' && <Loading />}
      {screens.kind === 'error' && <ErrorNote error={screens.error} onRetry={reload} />}
      {screens.kind === 'ready' && items.length === 0 && <p className="placeholder">No screens yet.</p>}
      {items.length > 0 && <ScreenTable items={items} limit={5} />}
    </section>
  );
}
