// The runner's side of a hand-over (docs/http.md "Hand-over"): a field for the code the coach gave
// and a button that takes over the profile the coach made. Used in onboarding and in Settings.
import { useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import { cleanHandoverCode, handoverErrorText, type AcceptedHandover } from '../domain/handover';
import { TextField } from './fields';

export function HandoverCodeForm({ client, hint, onAccepted }: { client: ApiClient; hint: string; onAccepted: (accepted: AcceptedHandover) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const accept = async (e: Event) => {
    e.preventDefault();
    const cleaned = cleanHandoverCode(code);
    if (cleaned === '') { setError('Type the code your coach gave you.'); return; }
    setBusy(true);
    const r = await client.acceptHandover(cleaned);
    setBusy(false);
    if (!r.ok) { setError(handoverErrorText(r.error)); return; }
    setError(undefined);
    setCode('');
    onAccepted(r.value);
  };
  return (
    <form class="handover-form" onSubmit={accept} noValidate>
      <TextField path="$.handover_code" label="Code for the profile your coach made" hint={hint} autoComplete="off"
        value={code} error={error} onInput={setCode} />
      <button type="submit" class="secondary" disabled={busy}>{busy ? 'Taking over…' : 'Take over my profile'}</button>
    </form>
  );
}
