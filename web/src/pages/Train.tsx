// Training a session on the phone: one set at a time, pre-filled from the plan (and the load
// last logged for the exercise); one tap confirms, a tap on − or + adjusts first. A rest timer
// runs between sets. Every tap is written to localStorage at once, so a dropped page loses
// nothing; the session is POSTed as one strength activity with a client_id, so a retry never
// duplicates it.
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import type { Navigate } from '../app';
import { todayIso } from '../domain/athlete';
import { addDays, findSession, nextSession } from '../domain/plancal';
import {
  loggedCount, newClientId, restRemaining, startTraining, toActivity, train, trainFromJson, trainToJson,
  type TrainAction, type TrainState,
} from '../domain/training';
import type { Activity, PlanDocument } from '../domain/documents';
import { Notice } from '../components/fields';
import { PainForm } from '../components/PainForm';
import { dayName } from './Plan';

type Id = number | string;
const KEY = (id: Id) => `stride.train:${id}`;

function reducer(state: TrainState | null, action: TrainAction | { type: 'load'; state: TrainState | null }): TrainState | null {
  if (action.type === 'load') return action.state;
  return state ? train(state, action) : state;
}

/** The last load logged for each exercise, newest activity last. */
function lastLoads(activities: Activity[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of [...activities].sort((x, y) => x.date.localeCompare(y.date))) {
    for (const s of a.sets ?? []) if (typeof s.load_kg === 'number') out[s.exercise] = s.load_kg;
  }
  return out;
}

export function TrainPage({ client, athleteId, id, navigate }: { client: ApiClient; athleteId: Id; id: string | null; navigate: Navigate }) {
  const [state, dispatch] = useReducer(reducer, null, () => trainFromJson(localStorage.getItem(KEY(athleteId))));
  const [plan, setPlan] = useState<PlanDocument | null | 'loading'>('loading');
  const [loads, setLoads] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [now, setNow] = useState(Date.now());
  const failed = useRef(false);

  useEffect(() => {
    void client.currentPlan(athleteId).then((r) => setPlan(r.ok ? r.value : null));
    void client.listActivities(athleteId).then((r) => { if (r.ok) setLoads(lastLoads(r.value.activities)); });
  }, [athleteId]);

  // Every change is stored at once; a saved session is removed.
  useEffect(() => {
    if (state && state.stage !== 'saved') localStorage.setItem(KEY(athleteId), trainToJson(state));
    else localStorage.removeItem(KEY(athleteId));
  }, [state]);

  const resting = state ? restRemaining(state.rest, now) > 0 : false;
  useEffect(() => {
    if (!state?.rest.endsAt) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [state?.rest.endsAt]);
  useEffect(() => { if (state?.rest.endsAt && !resting) setAnnounce('Rest over: next set.'); }, [resting]);

  const begin = (sessionId: string) => {
    if (typeof plan !== 'object' || plan === null) return;
    const found = findSession(plan, sessionId);
    if (!found) return;
    // Logged on the day it is done, whatever day the plan had it on.
    const date = todayIso();
    dispatch({ type: 'load', state: startTraining(found.session, date, newClientId(), Date.now(), loads) });
    setAnnounce(`${found.session.title} started.`);
    // The Start button is gone: focus the exercise's heading, as after a navigation.
    setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
  };

  const save = async () => {
    if (!state) return;
    setSaving(true); setProblem(null);
    const r = await client.postActivity(athleteId, toActivity(state, Date.now()));
    setSaving(false);
    failed.current = !r.ok;
    if (!r.ok) {
      setProblem(`${r.error.message} Your session is kept on this phone; try again when you are back online.`);
      return;
    }
    setProblem(null);
    localStorage.removeItem(KEY(athleteId));
    dispatch({ type: 'saved' });
    setAnnounce('Session saved.');
  };

  // Back online after a failed save: try again by itself (the client_id makes a repeat harmless).
  // One listener for the page's life, reading the latest save through a ref.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const retry = () => { if (failed.current) void saveRef.current(); };
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);

  const act = (a: TrainAction) => {
    dispatch(a);
    if (a.type === 'confirm') { setNow(a.now); setAnnounce('Set saved.'); }
  };

  const live = <p class="visually-hidden" aria-live="polite" role="status">{announce}</p>;

  // Nothing in progress (or another session's left): offer what to start.
  if (!state || state.stage === 'saved') {
    const saved = state?.stage === 'saved' ? state : null;
    const planned = typeof plan === 'object' && plan !== null
      ? (id !== null ? findSession(plan, id) : nextSession(plan, todayIso()) ?? null) : null;
    // The session just saved is done: offer the one after it.
    const target = planned && saved?.sessionId === planned.session.id && typeof plan === 'object' && plan !== null
      ? nextSession(plan, addDays(planned.date, 1)) : planned;
    return (
      <section class="train">
        <h1 tabIndex={-1}>Train</h1>
        {live}
        {saved && <Notice kind="info">Saved: {saved.title}, {loggedCount(saved)} sets, session RPE {saved.sessionRpe ?? '–'}.</Notice>}
        {plan === 'loading' && <p role="status">Loading…</p>}
        {plan === null && <p>No plan yet: build one on the Plan page, then start its sessions here.</p>}
        {target && (
          <div class="card">
            <h2>{target.session.title}</h2>
            <p>{dayName(target.date)}, about {target.session.minutes} minutes.</p>
            {target.session.skipped
              ? <Notice kind="info">Skipped: your coach left this session out, so there is nothing to do today.</Notice>
              : <button type="button" class="primary wide" onClick={() => begin(target.session.id)}>Start session</button>}
          </div>
        )}
        <PainForm client={client} athleteId={athleteId} />
      </section>
    );
  }

  if (id !== null && state.sessionId !== id) {
    return (
      <section class="train">
        <h1 tabIndex={-1}>Train</h1>
        <Notice kind="info">You have an unsaved session on this phone: {state.title}, {loggedCount(state)} sets logged.</Notice>
        <div class="button-row">
          <button type="button" class="primary" onClick={() => navigate({ name: 'train', id: state.sessionId }, true)}>Resume {state.title}</button>
          <button type="button" class="secondary" onClick={() => { dispatch({ type: 'load', state: null }); }}>Discard it</button>
        </div>
      </section>
    );
  }

  if (state.stage === 'finish') {
    return (
      <section class="train">
        <h1 tabIndex={-1}>How hard was the session?</h1>
        {live}
        <p>{loggedCount(state)} sets logged of {state.sets.length}.</p>
        {problem && <Notice kind="error">{problem}</Notice>}
        <fieldset class="field rpe-scale">
          <legend>Session RPE, 0 (rest) to 10 (maximal)</legend>
          <div class="rpe-grid">
            {Array.from({ length: 11 }, (_, n) => (
              <label class="choice rpe-choice">
                <input type="radio" name="session-rpe" value={n} checked={state.sessionRpe === n} onChange={() => act({ type: 'sessionRpe', value: n })} />
                <span>{n}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="button-row">
          <button type="button" class="secondary" onClick={() => act({ type: 'back' })}>Back to the sets</button>
          <button type="button" class="primary" disabled={state.sessionRpe === null || saving} onClick={save}>{saving ? 'Saving…' : 'Save session'}</button>
        </div>
        <PainForm client={client} athleteId={athleteId} />
      </section>
    );
  }

  const set = state.sets[state.cursor]!;
  const d = state.draft;
  const rest = restRemaining(state.rest, now);
  const unit = set.measure === 'hold_s' ? `${set.target} s hold` : set.measure === 'contacts' ? `${set.target} contacts` : `${set.target} reps`;
  const sideText = set.side === 'both' ? '' : `, ${set.side} side`;
  const doneSide = d.side === 'both' ? '' : `, ${d.side} side`;
  const step = (field: 'reps' | 'load_kg' | 'rpe', by: number) => {
    const cur = field === 'reps' ? d.reps : field === 'load_kg' ? d.load_kg ?? 0 : d.rpe ?? 5;
    act({ type: 'adjust', field, value: Math.round((cur + by) * 10) / 10 });
  };

  return (
    <section class="train">
      <p class="step-count">{state.title}: set {state.cursor + 1} of {state.sets.length}</p>
      <h1 tabIndex={-1}>{set.name}</h1>
      {live}
      {rest > 0 && (
        <div class="rest-timer" role="timer" aria-label="Rest">
          <p class="rest-label">Rest</p>
          <p class="rest-time">{Math.floor(rest / 60)}:{String(rest % 60).padStart(2, '0')}</p>
          <div class="button-row">
            <button type="button" class="secondary" onClick={() => act({ type: 'addRest', seconds: 15, now: Date.now() })}>+15 s</button>
            <button type="button" class="secondary" onClick={() => act({ type: 'endRest' })}>Skip rest</button>
          </div>
        </div>
      )}
      <p class="set-target">Set {set.setNumber} of {set.setCount}{sideText}: <strong>{unit}</strong>{set.rpe !== null ? `, RPE ${set.rpe}` : ''}</p>
      {set.unilateral && (
        <div class="side-toggle" role="group" aria-label="Side">
          <span class="stepper-label">Side</span>
          {(['left', 'right'] as const).map((side) => (
            <button type="button" class="secondary" aria-pressed={d.side === side} onClick={() => act({ type: 'side', side })}>{side === 'left' ? 'Left' : 'Right'}</button>
          ))}
        </div>
      )}
      <div class="steppers">
        <Stepper label={set.measure === 'hold_s' ? 'Holds' : set.measure === 'contacts' ? 'Contacts' : 'Reps'} value={String(d.reps)} minus={() => step('reps', -1)} plus={() => step('reps', 1)} />
        <Stepper label="Load (kg)" value={d.load_kg === null ? 'none' : String(d.load_kg)} minus={() => step('load_kg', -2.5)} plus={() => step('load_kg', 2.5)} />
        <Stepper label="RPE" value={d.rpe === null ? '–' : String(d.rpe)} minus={() => step('rpe', -1)} plus={() => step('rpe', 1)} />
      </div>
      <button type="button" class="primary wide confirm" onClick={() => act({ type: 'confirm', now: Date.now() })}>
        Done: {d.reps} {set.measure === 'hold_s' ? 'hold' : set.measure === 'contacts' ? 'contacts' : 'reps'}{d.load_kg !== null ? ` × ${d.load_kg} kg` : ''}{doneSide}
      </button>
      <div class="button-row">
        <button type="button" class="secondary" disabled={state.cursor === 0} onClick={() => act({ type: 'back' })}>Previous set</button>
        <button type="button" class="secondary" onClick={() => act({ type: 'skip' })}>Skip set</button>
        <button type="button" class="secondary" onClick={() => act({ type: 'finishEarly' })}>Finish now</button>
      </div>
      <p class="meta on-phone">On this phone: {loggedCount(state)} sets logged. They are saved to Stride, as one session, when you finish.</p>
      <details class="card"><summary>Why and how</summary><p>{set.cues}</p></details>
      <PainForm client={client} athleteId={athleteId} />
    </section>
  );
}

function Stepper({ label, value, minus, plus }: { label: string; value: string; minus: () => void; plus: () => void }) {
  return (
    <div class="stepper" role="group" aria-label={label}>
      <span class="stepper-label">{label}</span>
      <button type="button" class="secondary" onClick={minus} aria-label={`${label}: less`}>−</button>
      <output aria-live="polite">{value}</output>
      <button type="button" class="secondary" onClick={plus} aria-label={`${label}: more`}>+</button>
    </div>
  );
}
