// A coach shapes one session of a runner's plan: swaps an exercise for one the planner's rules
// offer, moves the session to another day of its week, or skips it, always with a reason the
// runner reads. The server checks every rule; a refusal is shown in its words.
import { useState } from 'preact/hooks';
import type { ApiClient, PlanChangeRequest, SwapOption } from '../api/client';
import type { Exercise, Session } from '../domain/documents';
import { mondayOf, addDays } from '../domain/plancal';
import { Notice } from './fields';

type Id = number | string;

const RELATION_WORDS: Record<SwapOption['relation'], string> = { easier: 'easier', alternative: 'same level', harder: 'harder' };

export function ShapeSession({ client, athleteId, session, date, index, exercises, today, onChanged }: {
  client: ApiClient; athleteId: Id; session: Session; date: string; index: number;
  exercises?: Map<string, Exercise>; today: string; onChanged: () => void;
}) {
  const [reason, setReason] = useState('');
  const [exercise, setExercise] = useState('');
  const [options, setOptions] = useState<SwapOption[] | null>(null);
  const [replacement, setReplacement] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = session.blocks.filter((b) => b.name === 'main' || b.name === 'core').flatMap((b) => b.items);
  const name = (id: string) => exercises?.get(id)?.name ?? id;
  const monday = mondayOf(date);
  // The other days of the session's week from today on: a session moves within its week.
  const weekDays = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => d !== date && d >= today);
  const [done, setDone] = useState<string | null>(null);

  async function chooseExercise(id: string) {
    setExercise(id); setReplacement(''); setOptions(null); setProblem(null);
    if (!id) return;
    const r = await client.swapOptions(athleteId, date, index, id);
    if (r.ok) setOptions(r.value.options); else setProblem(r.error.message);
  }

  async function send(change: Omit<PlanChangeRequest, 'session' | 'reason'>, what: string) {
    if (!reason.trim()) { setProblem('Say why, so the runner knows: the reason is shown with the change.'); return; }
    setBusy(true); setProblem(null); setDone(null);
    const r = await client.changePlan(athleteId, { ...change, session: { date, index }, reason: reason.trim() });
    setBusy(false);
    if (r.ok) { setDone(what); setReason(''); setOptions(null); setExercise(''); setReplacement(''); onChanged(); }
    else setProblem(r.error.message.charAt(0).toUpperCase() + r.error.message.slice(1));
  }

  if (session.skipped) return null;
  return (
    <section class="card shape" aria-labelledby="shape-title">
      <h2 id="shape-title">Shape this session</h2>
      <p class="meta">Every change follows the planner's rules and is shown to the runner with your reason.</p>
      <label>Reason (shown to the runner)
        <input name="reason" value={reason} maxLength={500} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </label>
      <fieldset>
        <legend>Swap an exercise</legend>
        <label>Exercise
          <select name="swap-exercise" value={exercise} onChange={(e) => void chooseExercise((e.target as HTMLSelectElement).value)}>
            <option value="">Choose…</option>
            {items.map((item) => <option value={item.exercise}>{name(item.exercise)}</option>)}
          </select>
        </label>
        {options && options.length === 0 && <p class="meta">Nothing fits this runner in its place; the planner's choice stays.</p>}
        {options && options.length > 0 && (
          <label>Swap for
            <select name="swap-replacement" value={replacement} onChange={(e) => setReplacement((e.target as HTMLSelectElement).value)}>
              <option value="">Choose…</option>
              {options.map((o) => <option value={o.id}>{o.name} ({RELATION_WORDS[o.relation]})</option>)}
            </select>
          </label>
        )}
        <button type="button" class="secondary" disabled={busy || !replacement}
          onClick={() => void send({ kind: 'swap', exercise, replacement }, `Swapped: ${name(replacement)} instead of ${name(exercise)}.`)}>Swap</button>
      </fieldset>
      <fieldset>
        <legend>Move the session</legend>
        <label>Move to
          <select name="move-to" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
            <option value="">Choose a day of this week…</option>
            {weekDays.map((d) => <option value={d}>{new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' })}</option>)}
          </select>
        </label>
        <button type="button" class="secondary" disabled={busy || !to} onClick={() => void send({ kind: 'move', to }, 'Moved.')}>Move</button>
      </fieldset>
      <p><button type="button" class="secondary" disabled={busy} onClick={() => {
        if (window.confirm(`Skip "${session.title}"? The runner sees it as skipped, with your reason; it cannot be undone here.`)) {
          void send({ kind: 'skip' }, 'Skipped.');
        }
      }}>Skip this session</button></p>
      <div aria-live="polite">
        {problem && <Notice kind="error">{problem}</Notice>}
        {done && !problem && <Notice kind="info">{done}</Notice>}
      </div>
    </section>
  );
}
