import { useRef, useState } from 'react';
import { describeError, postOnce } from '../api/client.ts';
import type { Invitation } from '../api/types.ts';
import { formatDateTime } from '../lib/labels.ts';
import { Badge } from './Badge.tsx';
import { Link } from './Link.tsx';

interface Props {
  readonly invitation: Invitation;
  readonly onChanged: () => void;
}

function absolute(link: string): string {
  try {
    return new URL(link, window.location.origin).href;
  } catch {
    return link;
  }
}

/** One candidate's invitation: status, and copy, resend, revoke. */
export function InvitationRow({ invitation: inv, onChanged }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const messageLine = useRef<HTMLParagraphElement>(null);
  const { name, email, link } = inv;
  const open = inv.status === 'invited' || inv.status === 'started';

  async function copy() {
    try {
      await navigator.clipboard.writeText(absolute(link));
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this link: ${absolute(link)}`);
    }
  }

  async function act(action: 'resend' | 'revoke') {
    if (action === 'revoke' && !window.confirm(`Revoke the invitation for ${name}? Their link will stop working.`)) return;
    try {
      await postOnce(`/api/v1/invitations/${encodeURIComponent(inv.id)}/${action}`);
      setMessage(action === 'resend' ? 'Invitation sent again.' : 'Invitation revoked.');
      // Revoking removes the buttons of this row, the one pressed among them.
      if (action === 'revoke') messageLine.current?.focus();
      onChanged();
    } catch (err) {
      setMessage(describeError(err));
    }
  }

  return (
    <tr>
      <th scope="row">
        {name}
        <span className="cell-sub">{email}</span>
      </th>
      <td>
        <Badge value={inv.status} />
      </td>
      <td>{formatDateTime(inv.expiresAt)}</td>
      <td>
        <div className="row-actions">
          {open && (
            <button type="button" className="button button-small" onClick={() => void copy()} aria-label={`Copy link for ${name}`}>
              Copy link
            </button>
          )}
          {open && (
            <button type="button" className="button button-small" onClick={() => void act('resend')} aria-label={`Resend invitation to ${name}`}>
              Resend
            </button>
          )}
          {open && (
            <button type="button" className="button button-small button-danger" onClick={() => void act('revoke')} aria-label={`Revoke invitation for ${name}`}>
              Revoke
            </button>
          )}
          {inv.status === 'completed' && <Link to={`/reports/${encodeURIComponent(inv.interviewId)}`}>Report</Link>}
          <Link to={`/emails?to=${encodeURIComponent(email)}`}>
            Emails<span className="visually-hidden"> sent to {name}</span>
          </Link>
        </div>
        <p className="row-message" role="status" tabIndex={-1} ref={messageLine}>
          {message}
        </p>
      </td>
    </tr>
  );
}
