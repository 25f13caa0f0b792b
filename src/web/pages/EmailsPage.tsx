import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { get } from '../api/client.ts';
import type { EmailPage, SentEmail } from '../api/types.ts';
import { BusyButton } from '../components/BusyButton.tsx';
import { Badge } from '../components/Badge.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Loading } from '../components/Loading.tsx';
import { formatDateTime } from '../lib/labels.ts';
import { navigate, usePageTitle, useSearchParam } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

const PAGE = 50;

/**
 * Every email sent for the organisation and whether it arrived: invitations,
 * reminders, feedback, "report ready". With no SMTP server configured they
 * are kept in the local mailbox, and this page is where to read them.
 */
export function EmailsPage() {
  usePageTitle('Email');
  const to = useSearchParam('to');
  const [draft, setDraft] = useState(to ?? '');
  const query = to ? `to=${encodeURIComponent(to)}&` : '';
  const [emails, reload] = useApi<EmailPage>(`/api/v1/emails?${query}limit=${PAGE}`);
  // Older pages, appended below the first as they are asked for.
  const [older, setOlder] = useState<{ items: SentEmail[]; nextBefore: string | null } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  useEffect(() => setOlder(null), [emails]);

  async function showOlder(before: string) {
    if (loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await get<EmailPage>(`/api/v1/emails?${query}limit=${PAGE}&before=${encodeURIComponent(before)}`);
      setOlder((o) => ({ items: [...(o?.items ?? []), ...page.items], nextBefore: page.nextBefore }));
    } catch (err) {
      setOlderError(err);
    } finally {
      setLoadingOlder(false);
    }
  }

  const nextBefore = emails.kind === 'ready' ? (older ?? emails.data).nextBefore : null;

  function filter(event: FormEvent) {
    event.preventDefault();
    const value = draft.trim();
    navigate(value ? `/emails?to=${encodeURIComponent(value)}` : '/emails', { replace: true });
  }

  return (
    <section className="page">
      <h1>Email</h1>
      <p className="lead">
        What prescreen sent for your organisation, newest first, and whether it was delivered. Without an SMTP server
        (<code>SMTP_URL</code>) emails stay in the local mailbox: read them here or with <code>prescreen mail list</code>.
      </p>
      <form className="inline-form" onSubmit={filter} role="search">
        <label htmlFor="email-to">Recipient</label>
        <input id="email-to" type="email" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="name@example.com" />
        <button type="submit" className="button">
          Show
        </button>
        {to && (
          <button type="button" className="button button-quiet" onClick={() => { setDraft(''); navigate('/emails', { replace: true }); }}>
            Show all
          </button>
        )}
      </form>
      {emails.kind === 'loading' && <Loading />}
      {emails.kind === 'error' && <ErrorNote error={emails.error} onRetry={reload} />}
      {emails.kind === 'ready' && emails.data.items.length === 0 && (
        <p className="placeholder">{to ? `No email to ${to}.` : 'No email sent yet. Inviting a candidate sends the first.'}</p>
      )}
      {emails.kind === 'ready' && emails.data.items.length > 0 && (
        <ul className="email-list">
          {[...emails.data.items, ...(older?.items ?? [])].map((e) => (
            <li key={e.id} className="card email">
              <details>
                <summary>
                  <span className="email-subject">{e.subject}</span>
                  <span className="cell-sub">
                    to {e.to} · {formatDateTime(e.createdAt)} · <Badge value={e.status} />
                  </span>
                </summary>
                {e.status === 'failed' && (
                  <p className="note note-error">
                    Not delivered after {e.attempts} attempts: {e.lastError}
                  </p>
                )}
                {e.status === 'pending' && e.attempts > 0 && (
                  <p className="note note-warn">
                    {e.attempts} {e.attempts === 1 ? 'attempt' : 'attempts'} so far, retrying: {e.lastError}
                  </p>
                )}
                <pre className="email-text">{e.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={olderError} />
      {nextBefore && (
        <BusyButton className="button" busy={loadingOlder} busyLabel="Loading…" onClick={() => void showOlder(nextBefore)}>
          Show older emails
        </BusyButton>
      )}
    </section>
  );
}
