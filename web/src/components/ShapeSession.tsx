// A coach shapes one session of a runner's plan: swaps an exercise for one the planner's rules
// offer, changes an item's dose, moves the session to another day of its week, adds a copy of it on
// another day, or skips it, always with a reason the runner reads. The server checks every rule; a
// refusal is shown in its words.
import { useState } from 'preact/hooks';
import type { ApiClient, PlanChangeRequest, SwapOption } from '../api/client';
import type { Exercise, PlanItem, Session } from '../domain/documents';
import { mondayOf, addDays } from '../domain/plancal';
import { Notice } from './fields';

type Id = number | string;

const RELATION_WORDS: Record<SwapOption['relation'], string> = { easier: 'easier', alternative: 'same level', harder: 'harder' };

export function ShapeSession({ client, athleteId, session, date, index, exercises, today, planVersion, onChanged }: {
  client: ApiClient; athleteId: Id; session: Session; date: string; index: number;
  exercises?: Map<string, Exercise>; today: string;
  /** The ETag of the plan shown: a change to a plan changed meanwhile is refused (409) and the plan reloaded. */
  planVersion?: string | undefined;
  onChanged: () => void;
}) {
  const [reason, setReason] = useState('');
  const [exercise, setExercise] = useState('');
  const [options, setOptions] = useState<SwapOption[] | null>(null);
  const [replacement, setReplacement] = useState('');
  const [to, setTo] = useState('');
  const [copyTo, setCopyTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = session.blocks.filter((b) => b.name === 'main' || b.name === 'core').flatMap((b) => b.items);
  const name = (id: string) => exercises?.get(id)?.name ?? id;
  const monday = mondayOf(date);
  // The other days of the session's week from today on: a session moves within its week.
  const weekDays = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => d !== date && d >= today);
  const [done, setDone] = useState<string | null>(null);
  const dayOptions = weekDays.map((d) => <option value={d}>{dayWords(d)}</option>);

  async function chooseExercise(id: string) {
    setExercise(id); setReplacement(''); setOptions(null); setProblem(null);
    if (!id) return;
    const r = await client.swapOptions(athleteId, date, index, id);
    if (r.ok) setOptions(r.value.options); else setProblem(r.error.message);
  }

  async function send(change: Omit<PlanChangeRequest, 'session' | 'reason'>, what: string) {
    if (!reason.trim()) { setProblem('Say why, so the runner knows: the reason is shown with the change.'); return; }
    setBusy(true); setProblem(null); setDone(null);
    const r = await client.changePlan(athleteId, { ...change, session: { date, index }, reason: reason.trim() }, planVersion);
    setBusy(false);
    if (!r.ok && r.error.status === 409) {
      setProblem('The plan changed while you had it open (a re-plan, or another change). It has been loaded again: check the session, then make your change.');
      onChanged();
      return;
    }
    if (r.ok) {
      setDone(what); setReason(''); setOptions(null); setExercise(''); setReplacement(''); setTo(''); setCopyTo('');
      onChanged();
    }
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
      <DoseFieldset session={session} name={name} busy={busy}
        onSend={(exerciseId, dose) => void send({ kind: 'dose', exercise: exerciseId, dose }, `Changed the dose of ${name(exerciseId)}.`)}
        onProblem={setProblem} />
      <fieldset>
        <legend>Move the session</legend>
        <label>Move to
          <select name="move-to" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
            <option value="">Choose a day of this week…</option>
            {dayOptions}
          </select>
        </label>
        <button type="button" class="secondary" disabled={busy || !to} onClick={() => void send({ kind: 'move', to }, 'Moved.')}>Move</button>
      </fieldset>
      <fieldset>
        <legend>Add a copy on another day</legend>
        <label>Add a copy on
          <select name="copy-to" value={copyTo} onChange={(e) => setCopyTo((e.target as HTMLSelectElement).value)}>
            <option value="">Choose a day of this week…</option>
            {dayOptions}
          </select>
        </label>
        <button type="button" class="secondary" disabled={busy || !copyTo}
          onClick={() => void send({ kind: 'add', to: copyTo }, `Added a copy on ${dayWords(copyTo)}.`)}>Add the copy</button>
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

function dayWords(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

type Dose = NonNullable<PlanChangeRequest['dose']>;
type DoseKey = keyof Dose;
const DOSE_FIELDS: { key: DoseKey; label: string; has: (item: PlanItem) => boolean; current: (item: PlanItem) => number | null | undefined }[] = [
  { key: 'sets', label: 'Sets', has: () => true, current: (item) => item.sets },
  { key: 'reps', label: 'Reps', has: (item) => item.reps !== null, current: (item) => item.reps },
  { key: 'hold_s', label: 'Hold (seconds)', has: (item) => item.hold_s !== null, current: (item) => item.hold_s },
  { key: 'contacts', label: 'Foot contacts', has: (item) => item.contacts !== null, current: (item) => item.contacts },
  { key: 'load_kg', label: 'Load (kg)', has: (item) => item.reps !== null, current: (item) => item.load_kg },
];

/** An item's sets, reps, hold, foot contacts or load: only the numbers changed are sent. */
function DoseFieldset({ session, name, busy, onSend, onProblem }: {
  session: Session; name: (id: string) => string; busy: boolean;
  onSend: (exercise: string, dose: Dose) => void; onProblem: (problem: string) => void;
}) {
  const [exercise, setExercise] = useState('');
  const [values, setValues] = useState<Partial<Record<DoseKey, string>>>({});
  const items = session.blocks.flatMap((b) => b.items)
    .filter((item, i, all) => all.findIndex((other) => other.exercise === item.exercise) === i);
  const item = items.find((candidate) => candidate.exercise === exercise);
  const fields = item ? DOSE_FIELDS.filter((field) => field.has(item)) : [];

  function choose(id: string) {
    setExercise(id);
    const chosen = items.find((candidate) => candidate.exercise === id);
    setValues(chosen ? Object.fromEntries(DOSE_FIELDS.map((field) => [field.key, String(field.current(chosen) ?? '')])) : {});
  }

  function submit() {
    if (!item) return;
    const dose: Dose = {};
    for (const field of fields) {
      const text = (values[field.key] ?? '').trim();
      const before = field.current(item);
      if (text === '' || (before !== null && before !== undefined && Number(text) === before)) continue;
      const number = Number(text);
      if (!Number.isFinite(number)) { onProblem(`${field.label}: a number, please.`); return; }
      dose[field.key] = number;
    }
    if (Object.keys(dose).length === 0) { onProblem('Change at least one number of the dose first.'); return; }
    onSend(item.exercise, dose);
    setExercise(''); setValues({});
  }

  return (
    <fieldset>
      <legend>Change a dose</legend>
      <label>Item
        <select name="dose-exercise" value={exercise} onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
          <option value="">Choose…</option>
          {items.map((candidate) => <option value={candidate.exercise}>{name(candidate.exercise)}</option>)}
        </select>
      </label>
      {item && (
        <div class="dose-fields">
          {fields.map((field) => (
            <label>{field.label}
              <input type="number" inputMode="decimal" name={`dose-${field.key}`} min={0}
                step={field.key === 'load_kg' ? 0.5 : 1} value={values[field.key] ?? ''}
                onInput={(e) => setValues({ ...values, [field.key]: (e.target as HTMLInputElement).value })} />
            </label>
          ))}
        </div>
      )}
      <button type="button" class="secondary" disabled={busy || !item} onClick={submit}>Change the dose</button>
    </fieldset>
  );
}
