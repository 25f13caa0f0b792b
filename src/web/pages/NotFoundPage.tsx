import { Link } from '../components/Link.tsx';
import { usePageTitle } from '../lib/router.ts';

export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Back to the console home</Link>
      </p>
    </section>
  );
}
