import { useState } from 'react';
import type { Invitation, Screen } from '../api/types.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { InvitationRow } from '../components/InvitationRow.tsx';
import { InviteForm } from '../components/InviteForm.tsx';
import { Link } from '../components/Link.tsx';
import { usePageTitle } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

/** A long list is named by its first few: the message is read out whole. */
const NAMED = 5;

function invitedMessage(items: readonly Invitation[]): string {
  if (items.length === 1) return `Invitation sent to ${items[0]!.name}.`;
  const named = items.slice(0, NAMED).map((i) => i.name).join(', ');
  const more = items.length - NAMED;
  return `${items.length} invitations sent: ${named}${more > 0 ? ` and ${more} more` : ''}.`;
}

/** Invite candidates to a published screen and follow each invitation. */
export function InvitationsPage({ screenId }: { readonly screenId: string }) {
  usePageTitle('Invitations');
  const id = encodeURIComponent(screenId);
  const [screen] = useApi<Screen>(`/api/v1/screens/${id}`);
  const [list, reload] = useApi<{ items: Invitation[] }>(`/api/v1/screens/${id}/invitations`);
  const [justInvited, setJustInvited] = useState<readonly Invitation[]>([]);

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/screens">Screens</Link> / <Link to={`/screens/${id}`}>{screen.kind === 'ready' ? screen.data.title : 'Screen'}</Link>
      </p>
      <div className="page-head">
        <h1>Invitations</h1>
        <Link to={`/screens/${id}/compare`} className="button">
          Compare candidates
        </Link>
      </div>
      {screen.kind === 'ready' && screen.data.status !== 'published' && (
        <p className="note note-warn">This screen is a draft. Publish it before inviting candidates.</p>
      )}
      {screen.kind === 'ready' && (
        <p className="lead">
          Candidates get an email with the role ({screen.data.role}), the time budget ({screen.data.timeBudgetMinutes} minutes) and
          what to expect.
        </p>
      )}
      <InviteForm
        screenId={screenId}
        onInvited={(items) => {
          setJustInvited(items);
          reload();
        }}
      />
      {/* Always in the page: a live region added together with its text is often not read out. */}
      <div role="status">{justInvited.length > 0 && <p className="note note-success">{invitedMessage(justInvited)}</p>}</div>
      <h2>Candidates</h2>
      {list.kind === 'loading' && <Loading />}
      {list.kind === 'error' && <ErrorNote error={list.error} onRetry={reload} />}
      {list.kind === 'ready' && list.data.items.length === 0 && <p className="placeholder">No one invited yet.</p>}
      {list.kind === 'ready' && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Status</th>
                <th scope="col">Link expires</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((inv) => (
                <InvitationRow key={inv.id} invitation={inv} onChanged={reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
