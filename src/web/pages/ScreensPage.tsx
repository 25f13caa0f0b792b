import type { Screen } from '../api/types.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTable } from '../components/ScreenTable.tsx';
import { usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

/** All screens of the organisation, newest first. */
export function ScreensPage() {
  usePageTitle('Screens');
  const [screens, reload] = useApi<{ items: Screen[] }>('/api/v1/screens');
  return (
    <section className="page">
      <div className="page-head">
        <h1>Screens</h1>
        <Link to="/screens/new" className="button button-primary">
          New screen
        </Link>
      </div>
      {screens.kind === 'loading' && <Loading />}
      {screens.kind === 'error' && <ErrorNote error={screens.error} onRetry={reload} />}
      {screens.kind === 'ready' && screens.data.items.length === 0 && (
        <p className="placeholder">No screens yet. Create one to start inviting candidates.</p>
      )}
      {screens.kind === 'ready' && screens.data.items.length > 0 && <ScreenTable items={screens.data.items} />}
    </section>
  );
}
