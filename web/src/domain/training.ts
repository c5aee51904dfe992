// Training a session on the phone: the planned sets one at a time, each logged with one tap
// (confirm what the plan says) or adjusted first; a rest timer between sets; the session's RPE at
// the end; then one strength activity (contract §3.4) with a client_id so a retried save never
// duplicates. Pure: every function takes the time it needs (`now`, in ms) from its caller.
import type { Activity, LoggedSet, PlanItem, Session } from './documents';
import { exerciseName } from './documents';

export type SetSide = 'left' | 'right' | 'both';

export interface PlannedSet {
  exercise: string;
  name: string;
  /** `both` for an exercise done with both sides at once; not sent then. */
  side: SetSide;
  unilateral: boolean;
  /** What the set asks for: reps, or a hold in seconds, or foot contacts. */
  measure: 'reps' | 'hold_s' | 'contacts';
  target: number;
  load_kg: number | null;
  rpe: number | null;
  rest_s: number;
  /** 1-based set number of this exercise and side, and how many there are. */
  setNumber: number;
  setCount: number;
  cues: string;
}

function measureOf(item: PlanItem): { measure: PlannedSet['measure']; target: number } {
  if (item.reps !== null) return { measure: 'reps', target: item.reps };
  if (item.hold_s !== null) return { measure: 'hold_s', target: item.hold_s };
  return { measure: 'contacts', target: item.contacts ?? 0 };
}

/**
 * The session's sets in order. A one-side item gives, per set, the first side then the other
 * (`side_first`, else left), and one extra set on `extra_sets_side`. `rounds` repeats a block.
 */
export function plannedSets(session: Session, loads: Record<string, number> = {}): PlannedSet[] {
  const out: PlannedSet[] = [];
  for (const block of session.blocks) {
    for (let round = 0; round < Math.max(1, block.rounds); round++) {
      for (const item of block.items) {
        const { measure, target } = measureOf(item);
        const first: 'left' | 'right' = item.side_first ?? 'left';
        const other: 'left' | 'right' = first === 'left' ? 'right' : 'left';
        const base = {
          exercise: item.exercise, name: exerciseName(item), unilateral: item.per_side, measure, target,
          load_kg: loads[item.exercise] ?? null, rpe: item.rpe, rest_s: item.rest_s ?? 0, cues: item.why,
        };
        if (!item.per_side) {
          for (let i = 1; i <= item.sets; i++) out.push({ ...base, side: 'both', setNumber: i, setCount: item.sets });
          continue;
        }
        const extraFirst = item.extra_sets_side === first ? 1 : 0;
        const extraOther = item.extra_sets_side === other ? 1 : 0;
        // Each set is the first side then the other; the rest comes after both sides.
        for (let i = 1; i <= item.sets + Math.max(extraFirst, extraOther); i++) {
          const otherFollows = i <= item.sets + extraOther;
          if (i <= item.sets + extraFirst) out.push({ ...base, side: first, setNumber: i, setCount: item.sets + extraFirst, rest_s: otherFollows ? 0 : base.rest_s });
          if (otherFollows) out.push({ ...base, side: other, setNumber: i, setCount: item.sets + extraOther });
        }
      }
    }
  }
  return out;
}

export interface SetEntry { reps: number; load_kg: number | null; rpe: number | null; side: SetSide; skipped: boolean }

export interface RestTimer { endsAt: number | null; total_s: number }
export const noRest: RestTimer = { endsAt: null, total_s: 0 };
export function startRest(seconds: number, now: number): RestTimer {
  return seconds > 0 ? { endsAt: now + seconds * 1000, total_s: seconds } : noRest;
}
export function restRemaining(t: RestTimer, now: number): number {
  if (t.endsAt === null) return 0;
  return Math.max(0, Math.ceil((t.endsAt - now) / 1000));
}
export function addRest(t: RestTimer, seconds: number, now: number): RestTimer {
  if (t.endsAt === null) return startRest(seconds, now);
  return { endsAt: Math.max(now, t.endsAt + seconds * 1000), total_s: t.total_s + seconds };
}

export const TRAIN_VERSION = 1;
export interface TrainState {
  version: typeof TRAIN_VERSION;
  clientId: string;
  sessionId: string;
  title: string;
  date: string;
  startedAt: number;
  sets: PlannedSet[];
  entries: Array<SetEntry | null>;
  cursor: number;
  /** The values shown for the current set, editable before confirming. */
  draft: SetEntry;
  rest: RestTimer;
  sessionRpe: number | null;
  stage: 'sets' | 'finish' | 'saved';
}

function draftFor(set: PlannedSet | undefined, previous?: SetEntry | null): SetEntry {
  return {
    reps: set ? (set.measure === 'hold_s' ? 1 : set.target) : 0,
    load_kg: previous?.load_kg ?? set?.load_kg ?? null,
    rpe: set?.rpe ?? previous?.rpe ?? null,
    side: set?.side ?? 'both',
    skipped: false,
  };
}

export function startTraining(session: Session, date: string, clientId: string, now: number, loads: Record<string, number> = {}): TrainState {
  const sets = plannedSets(session, loads);
  return {
    version: TRAIN_VERSION, clientId, sessionId: session.id, title: session.title, date, startedAt: now,
    sets, entries: sets.map(() => null), cursor: 0, draft: draftFor(sets[0]), rest: noRest, sessionRpe: null,
    stage: sets.length ? 'sets' : 'finish',
  };
}

function lastEntryOf(state: TrainState, exercise: string, before: number): SetEntry | null {
  for (let i = before - 1; i >= 0; i--) if (state.sets[i]?.exercise === exercise && state.entries[i] && !state.entries[i]!.skipped) return state.entries[i]!;
  return null;
}

function moveTo(state: TrainState, index: number): TrainState {
  if (index >= state.sets.length) return { ...state, cursor: state.sets.length, stage: 'finish' };
  const set = state.sets[index]!;
  const existing = state.entries[index];
  return { ...state, cursor: index, stage: 'sets', draft: existing ?? draftFor(set, lastEntryOf(state, set.exercise, index)) };
}

export type TrainAction =
  | { type: 'adjust'; field: 'reps' | 'load_kg' | 'rpe'; value: number | null }
  | { type: 'side'; side: 'left' | 'right' }
  | { type: 'confirm'; now: number }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'go'; index: number }
  | { type: 'addRest'; seconds: number; now: number }
  | { type: 'endRest' }
  | { type: 'sessionRpe'; value: number }
  | { type: 'finishEarly' }
  | { type: 'saved' };

export function train(state: TrainState, action: TrainAction): TrainState {
  switch (action.type) {
    case 'adjust': {
      if (state.stage !== 'sets') return state;
      const v = action.value;
      if (action.field === 'reps') return { ...state, draft: { ...state.draft, reps: Math.max(0, Math.min(1000, Math.round(v ?? 0))) } };
      if (action.field === 'load_kg') return { ...state, draft: { ...state.draft, load_kg: v === null ? null : Math.max(0, Math.min(1000, v)) } };
      return { ...state, draft: { ...state.draft, rpe: v === null ? null : Math.max(0, Math.min(10, v)) } };
    }
    case 'side': {
      // Only a one-side exercise has a side to change.
      if (state.stage !== 'sets' || !state.sets[state.cursor]?.unilateral) return state;
      return { ...state, draft: { ...state.draft, side: action.side } };
    }
    case 'confirm': {
      if (state.stage !== 'sets') return state;
      const set = state.sets[state.cursor]!;
      const entries = state.entries.slice();
      entries[state.cursor] = { ...state.draft, skipped: false };
      const next = moveTo({ ...state, entries }, state.cursor + 1);
      return { ...next, rest: next.stage === 'sets' ? startRest(set.rest_s, action.now) : noRest };
    }
    case 'skip': {
      if (state.stage !== 'sets') return state;
      const entries = state.entries.slice();
      entries[state.cursor] = { ...state.draft, skipped: true };
      return { ...moveTo({ ...state, entries }, state.cursor + 1), rest: noRest };
    }
    case 'back': return state.cursor > 0 ? { ...moveTo(state, state.cursor - 1), rest: noRest } : state;
    case 'go': return action.index >= 0 && action.index <= state.sets.length ? { ...moveTo(state, action.index), rest: noRest } : state;
    case 'addRest': return { ...state, rest: addRest(state.rest, action.seconds, action.now) };
    case 'endRest': return { ...state, rest: noRest };
    case 'sessionRpe': return { ...state, sessionRpe: Math.max(0, Math.min(10, Math.round(action.value))) };
    case 'finishEarly': return { ...state, stage: 'finish', cursor: state.sets.length, rest: noRest };
    case 'saved': return { ...state, stage: 'saved' };
  }
}

export function loggedCount(state: TrainState): number {
  return state.entries.filter((e) => e && !e.skipped).length;
}

/**
 * The strength activity to POST. Holds are logged as one rep per hold and foot contacts as reps:
 * the contract's set has `reps`, `load_kg`, `rpe` and `side` only.
 */
export function toActivity(state: TrainState, now: number): Activity & { client_id: string } {
  const sets: LoggedSet[] = [];
  state.entries.forEach((e, i) => {
    if (!e || e.skipped) return;
    const planned = state.sets[i]!;
    const s: LoggedSet = { exercise: planned.exercise, reps: e.reps };
    if (planned.unilateral) s.side = e.side;
    if (e.load_kg !== null) s.load_kg = e.load_kg;
    if (e.rpe !== null) s.rpe = e.rpe;
    sets.push(s);
  });
  const minutes = Math.max(1, Math.round((now - state.startedAt) / 60000));
  return {
    client_id: state.clientId,
    date: state.date,
    sport: 'strength',
    duration_min: Math.min(minutes, 600),
    rpe: state.sessionRpe ?? 5,
    sets,
    note: state.title,
  };
}

// ---- Kept in storage so a dropped page loses nothing --------------------------------------------

export function trainToJson(state: TrainState): string { return JSON.stringify(state); }

/** Reads a stored session back; anything not of this version or shape is dropped (null). */
export function trainFromJson(text: string | null): TrainState | null {
  if (!text) return null;
  let x: unknown;
  try { x = JSON.parse(text); } catch { return null; }
  if (typeof x !== 'object' || x === null) return null;
  const s = x as Partial<TrainState>;
  if (s.version !== TRAIN_VERSION || typeof s.clientId !== 'string' || typeof s.sessionId !== 'string'
    || typeof s.date !== 'string' || typeof s.startedAt !== 'number' || !Array.isArray(s.sets) || !Array.isArray(s.entries)
    || s.sets.length !== s.entries.length || typeof s.cursor !== 'number' || s.cursor < 0 || s.cursor > s.sets.length
    || !s.draft || typeof s.draft.reps !== 'number' || !s.rest || !['sets', 'finish', 'saved'].includes(s.stage as string)) return null;
  const setsOk = s.sets.every((p) => p && typeof p.exercise === 'string' && typeof p.target === 'number' && ['left', 'right', 'both'].includes(p.side));
  const entriesOk = s.entries.every((e) => e === null || (typeof e === 'object' && typeof e.reps === 'number' && typeof e.skipped === 'boolean'));
  return setsOk && entriesOk ? (s as TrainState) : null;
}

/** A version-4 UUID from the platform's random source. */
export function newClientId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
