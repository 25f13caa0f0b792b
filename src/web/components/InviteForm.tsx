import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorsWhere, fieldErrors, postOnce } from '../api/client.ts';
import type { Invitation } from '../api/types.ts';
import { firstInvalid, useFocusLater } from '../lib/focus.ts';
import { parseCandidateList } from '../lib/parse-candidates.ts';
import type { CandidateInput } from '../lib/parse-candidates.ts';
import { BusyButton } from './BusyButton.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { Field } from './Field.tsx';

interface Props {
  readonly screenId: string;
  readonly onInvited: (items: readonly Invitation[]) => void;
}

/** Invite one candidate, or paste or upload a list. */
export function InviteForm({ screenId, onInvited }: Props) {
  const [mode, setMode] = useState<'one' | 'list'>('one');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [list, setList] = useState('');
  const [days, setDays] = useState('7');
  const [extra, setExtra] = useState('1');
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const focusLater = useFocusLater();
  const invalid = firstInvalid('.invite-form');

  async function readFile(file: File | undefined) {
    if (file) setList(await file.text());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    let candidates: CandidateInput[];
    if (mode === 'one') {
      candidates = [{ name: name.trim(), email: email.trim(), ...(extra !== '1' ? { extraTimeFactor: Number(extra) } : {}) }];
      setProblems([]);
    } else {
      const parsed = parseCandidateList(list);
      setProblems(parsed.problems);
      if (parsed.problems.length > 0 || parsed.candidates.length === 0) {
        focusLater(invalid);
        return;
      }
      candidates = parsed.candidates;
    }
    setBusy(true);
    try {
      const res = await postOnce<{ items: Invitation[] }>(`/api/v1/screens/${encodeURIComponent(screenId)}/invitations`, {
        candidates,
        expiresInDays: Number(days),
      });
      onInvited(res.items);
      setName('');
      setEmail('');
      setList('');
      setExtra('1'); // an accommodation is one candidate's, never carried over to the next
      focusLater('[data-invite-first]'); // ready for the next one
    } catch (err) {
      setError(err);
      focusLater(invalid);
    } finally {
      setBusy(false);
    }
  }

  const fields = fieldErrors(error);
  const candidateErrors = fields.candidates;
  const emailErrors = errorsWhere(error, (p) => p.startsWith('candidates') && p.includes('email'));
  const nameErrors = errorsWhere(error, (p) => p.startsWith('candidates') && !p.includes('email'));
  return (
    <form className="card invite-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>Invite candidates</h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">How to invite</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'one'} onChange={() => setMode('one')} /> One candidate
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'list'} onChange={() => setMode('list')} /> A list
        </label>
      </fieldset>
      {mode === 'one' ? (
        <div className="form-grid">
          <Field label="Name" errors={nameErrors}>
            <input type="text" autoComplete="off" data-invite-first value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Email" errors={emailErrors}>
            <input type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field label="Extra time (accommodation)" hint="Extends this candidate’s time budget; recorded in the report.">
            <select value={extra} onChange={(e) => setExtra(e.target.value)}>
              <option value="1">None</option>
              <option value="1.25">25% more time</option>
              <option value="1.5">50% more time</option>
              <option value="2">Double time</option>
            </select>
          </Field>
        </div>
      ) : (
        <>
          <Field label="Candidates, one per line" hint="“Name, email” or “Name <email>”. You can also upload a CSV file." errors={[...problems, ...(candidateErrors ?? [])]}>
            <textarea rows={6} data-invite-first value={list} onChange={(e) => setList(e.target.value)} />
          </Field>
          <Field label="Upload a CSV file">
            <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
          </Field>
        </>
      )}
      <Field label="Link valid for" hint="1 to 14 days. A reminder is sent before it expires." errors={fields.expiresInDays}>
        <select value={days} onChange={(e) => setDays(e.target.value)}>
          {Array.from({ length: 14 }, (_, i) => String(i + 1)).map((d) => (
            <option key={d} value={d}>
              {d} {d === '1' ? 'day' : 'days'}
            </option>
          ))}
        </select>
      </Field>
      {error !== null && Object.keys(fields).length === 0 && <ErrorNote error={error} />}
      <BusyButton type="submit" className="button button-primary" busy={busy} busyLabel="Sending…">
        {mode === 'one' ? 'Send invitation' : 'Send invitations'}
      </BusyButton>
    </form>
  );
}
