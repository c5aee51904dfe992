// The plan: the season as a calendar (phases coloured, deload and taper weeks marked, runs and
// sessions on their days), a week, and a session with every exercise's dose. Re-plan POSTs
// plans and says what changed.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import type { Navigate } from '../app';
import { describeChange, diffPlans, summarizeChanges, findSession, mondayOf, addDays, seasonCalendar, watchWorkoutPath, weekContaining, type PlanChange, type CalendarRow } from '../domain/plancal';
import { humanize, type Exercise, type PlanDocument, type PlanDay } from '../domain/documents';
import { todayIso } from '../domain/athlete';
import { LABELS, isOneOf, RUN_TYPES } from '../domain/enums';
import { Notice } from '../components/fields';
import { ItemCard } from '../components/Item';
import { NoteThread } from '../components/NoteThread';
import { ShapeSession } from '../components/ShapeSession';

type Id = number | string;

export const PHASE_LABELS: Record<string, string> = {
  stabilization: 'Stabilization', strength: 'Strength', power: 'Power', maintenance: 'Maintenance', taper: 'Taper', recovery: 'Recovery',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RUN_SHORT: Record<string, string> = { easy: 'Easy', recovery: 'Rec', workout: 'Wkt', long: 'Long', race: 'Race', cross: 'X', rest: '' };
const BLOCK_TITLES: Record<string, string> = { warm_up: 'Warm-up', main: 'Main', core: 'Core', cool_down: 'Cool-down', power: 'Power', rehab: 'Rehab' };

export function runLabel(run: { type: string; distance_km?: number | null; duration_min?: number | null } | null): string {
  if (!run) return 'Rest';
  const name = isOneOf(RUN_TYPES, run.type) ? LABELS.runType[run.type] : humanize(run.type);
  const extra = run.distance_km ? ` ${run.distance_km} km` : run.duration_min ? ` ${run.duration_min} min` : '';
  return name + extra;
}

export function dayName(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function usePlan(client: ApiClient, athleteId: Id) {
  const [plan, setPlan] = useState<PlanDocument | null | 'none' | 'loading'>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const [exercises, setExercises] = useState<Map<string, Exercise> | undefined>(undefined);
  // The ETag of the plan shown, sent back with a coach's change so a plan changed meanwhile is refused.
  const [version, setVersion] = useState<string | undefined>(undefined);
  useEffect(() => {
    void client.currentPlan(athleteId).then((r) => {
      if (r.ok) { setPlan(r.value); setVersion(r.version); }
      else if (r.error.status === 404) setPlan('none');
      else { setPlan(null); setProblem(r.error.message); }
    });
    void client.exercises().then((r) => { if (r.ok) setExercises(new Map(r.value.exercises.map((e) => [e.id, e]))); });
  }, [athleteId]);
  return { plan, setPlan, version, setVersion, problem, setProblem, exercises };
}

/** The season; `title` names whose plan it is when someone else looks (a coach: "Ana's plan"). */
export function PlanPage({ client, athleteId, navigate, title = 'Your plan' }: { client: ApiClient; athleteId: Id; navigate: Navigate; title?: string }) {
  const { plan, setPlan, problem, setProblem } = usePlan(client, athleteId);
  const [changes, setChanges] = useState<PlanChange[] | null>(null);
  const [busy, setBusy] = useState(false);

  const replan = async () => {
    setBusy(true); setProblem(null);
    const r = await client.createPlan(athleteId);
    setBusy(false);
    if (!r.ok) { setProblem(r.error.message); return; }
    // A first plan has nothing to compare with.
    setChanges(typeof plan === 'object' && plan !== null ? diffPlans(plan, r.value) : null);
    setPlan(r.value);
  };

  return (
    <section class="plan">
      <h1 tabIndex={-1}>{title}</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      {plan === 'loading' && <p role="status">Loading…</p>}
      {plan === 'none' && (
        <div class="card">
          <p>No plan yet. Stride builds one from your profile, your running week and your latest assessment.</p>
          <button type="button" class="primary" disabled={busy} onClick={replan}>{busy ? 'Building…' : 'Build my plan'}</button>
        </div>
      )}
      <div aria-live="polite">
        {changes && (
          <div class="card changes">
            <h2>What the re-plan changed</h2>
            <p>{summarizeChanges(changes)}</p>
            {changes.length > 0 && changes.length <= 8 && <ul>{changes.map((c) => <li class={`change-${c.kind}`}>{describeChange(c)}</li>)}</ul>}
            {changes.length > 8 && (
              <details>
                <summary>Every change ({changes.length})</summary>
                <ul>{changes.map((c) => <li class={`change-${c.kind}`}>{describeChange(c)}</li>)}</ul>
              </details>
            )}
          </div>
        )}
      </div>
      {typeof plan === 'object' && plan !== null && (
        <>
          <p class="lede">{plan.race ? <>Building to your {humanize(plan.race.event).toLowerCase()} on {plan.race.date}.</> : <>From {plan.start} to {plan.end}.</>}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => navigate({ name: 'week', start: mondayOf(clampDate(todayIso(), plan)) })}>This week</button>
            <button type="button" class="secondary" disabled={busy} onClick={replan}>{busy ? 'Re-planning…' : 'Re-plan'}</button>
          </div>
          <PhaseLegend />
          <SeasonCalendar rows={seasonCalendar(plan)} navigate={navigate} />
          {plan.warnings.length > 0 && <div class="notice warn"><h2>Check these</h2><ul>{plan.warnings.map((w) => <li>{w}</li>)}</ul></div>}
          <div class="card"><h2>About this plan</h2><ul>{plan.notes.map((n) => <li>{n}</li>)}</ul></div>
        </>
      )}
    </section>
  );
}

function clampDate(date: string, plan: PlanDocument): string {
  const end = plan.after_race?.end ?? plan.end;
  return date < plan.start ? plan.start : date > end ? end : date;
}

function PhaseLegend() {
  return (
    <ul class="phase-legend" aria-label="Phases">
      {Object.entries(PHASE_LABELS).map(([k, v]) => <li><span class={`swatch phase-${k}`} aria-hidden="true" />{v}</li>)}
      <li><span class="badge deload">D</span> deload week</li>
      <li><span class="dot" aria-hidden="true" /> strength or mobility session</li>
    </ul>
  );
}

function SeasonCalendar({ rows, navigate }: { rows: CalendarRow[]; navigate: Navigate }) {
  return (
    <table class="season">
      <caption class="visually-hidden">The season, one row per week. Choose a week to see its days.</caption>
      <thead>
        <tr><th scope="col">Week</th>{(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => <th scope="col"><abbr title={LABELS.weekday[d]}>{LABELS.weekdayShort[d].slice(0, 2)}</abbr></th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const phase = row.week?.phase ?? row.cells.find((c) => c.phase)?.phase ?? null;
          return (
            <tr class={`${row.deload ? 'deload' : ''} ${row.taper ? 'taper' : ''}`}>
              <th scope="row">
                <a href={`#/plan/week/${row.start}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'week', start: row.start }); }}>
                  <span class="wk-num">{row.number}</span>{" "}
                  <span class="wk-phase">{phase ? PHASE_LABELS[phase] : ''}</span>{' '}
                  {row.deload && <><span class="badge deload" aria-hidden="true" title="Deload week">D</span><span class="visually-hidden">deload</span></>}
                </a>
              </th>
              {row.cells.map((c) => (
                <td class={`${c.inPlan ? `phase-${c.phase}` : 'outside'}${c.isRace ? ' race' : ''}`}>
                  {c.inPlan && (
                    <>
                      <span class="cal-date">{Number(c.date.slice(8))}{c.date.endsWith('-01') || c.date === rows[0]?.cells.find((x) => x.inPlan)?.date ? <span class="cal-month"> {MONTHS[Number(c.date.slice(5, 7)) - 1]}</span> : null}</span>
                      {c.day?.run && c.day.run.type !== 'rest' && <span class={`cal-run run-${c.day.run.type}`}>{RUN_SHORT[c.day.run.type] ?? c.day.run.type}{c.day.run.distance_km ? ` ${c.day.run.distance_km}` : ''}</span>}
                      {c.day?.sessions.map((s) => <span class={`cal-session kind-${s.kind}`}><span class="dot" aria-hidden="true" /><span class="cal-session-title">{s.title}</span></span>)}
                    </>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function WeekPage({ client, athleteId, start, navigate }: { client: ApiClient; athleteId: Id; start: string; navigate: Navigate }) {
  const { plan, problem } = usePlan(client, athleteId);
  if (problem) return <section><h1 tabIndex={-1}>Week</h1><Notice kind="error">{problem}</Notice></section>;
  if (plan === 'loading') return <section><h1 tabIndex={-1}>Week of {start}</h1><p role="status">Loading…</p></section>;
  if (plan === 'none' || plan === null) return <section><h1 tabIndex={-1}>Week of {start}</h1><p>No plan yet.</p></section>;
  const rows = seasonCalendar(plan);
  const row = weekContaining(rows, start)!;
  const i = rows.indexOf(row);
  const days: PlanDay[] = row.cells.map((c) => c.day ?? { date: c.date, run: null, sessions: [] });
  const phase = row.week?.phase ?? row.cells.find((c) => c.phase)?.phase;
  return (
    <section class="week">
      <p class="back"><a href="#/plan" onClick={(e) => { e.preventDefault(); navigate({ name: 'plan' }); }}>← Season</a></p>
      <h1 tabIndex={-1}>Week {row.number}: {dayName(row.start)} to {dayName(addDays(row.start, 6))}</h1>
      <p class="lede">{phase ? PHASE_LABELS[phase] : ''}{row.deload ? ', deload week' : ''}{row.week?.focus ? `. ${row.week.focus}` : ''}</p>
      <div class="button-row">
        {i > 0 && <button type="button" class="secondary" onClick={() => navigate({ name: 'week', start: rows[i - 1]!.start })}>Previous week</button>}
        {i < rows.length - 1 && <button type="button" class="secondary" onClick={() => navigate({ name: 'week', start: rows[i + 1]!.start })}>Next week</button>}
      </div>
      <ol class="days">
        {days.map((d) => (
          <li class={`day-card${d.date === todayIso() ? ' today' : ''}`}>
            <h2>{dayName(d.date)}</h2>
            {/* A padding day of the first or last week has nothing planned: not a rest day. */}
            {!row.cells.find((c) => c.date === d.date)?.inPlan
              ? <p class="run-line meta">Outside your plan</p>
              : <p class={`run-line run-${d.run?.type ?? 'rest'}`}>Run: {runLabel(d.run)}{d.run?.note ? ` (${d.run.note})` : ''}</p>}
            {d.sessions.map((s) => (
              <div class="session-line">
                <a href={`#/plan/session/${s.id}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'session', id: s.id }); }}>
                  {s.title}
                </a>
                <span class="meta">{humanize(s.kind)}, {s.intensity}, about {s.minutes} min{s.skipped ? ', skipped' : ''}</span>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One session; `shape` lets a coach change it (ShapeSession), `readOnly` hides what only the runner does. */
export function SessionPage({ client, athleteId, id, navigate, readOnly = false, shape = false }: { client: ApiClient; athleteId: Id; id: string; navigate: Navigate; readOnly?: boolean; shape?: boolean }) {
  const { plan, setPlan, version, setVersion, problem, exercises } = usePlan(client, athleteId);
  if (problem) return <section><h1 tabIndex={-1}>Session</h1><Notice kind="error">{problem}</Notice></section>;
  if (plan === 'loading') return <section><h1 tabIndex={-1}>Session</h1><p role="status">Loading…</p></section>;
  const found = typeof plan === 'object' && plan !== null ? findSession(plan, id) : null;
  if (!found) return <section><h1 tabIndex={-1}>Session not found</h1><p>This session is not in your current plan (a re-plan may have moved it).</p></section>;
  const { session, date, index } = found;
  return (
    <section class="session">
      <p class="back"><a href={`#/plan/week/${mondayOf(date)}`} onClick={(e) => { e.preventDefault(); navigate({ name: 'week', start: mondayOf(date) }); }}>← The week</a></p>
      <h1 tabIndex={-1}>{session.title}</h1>
      <p class="lede">{dayName(date)}: {humanize(session.kind).toLowerCase()}, {session.intensity}, about {session.minutes} minutes, {PHASE_LABELS[session.phase] ?? session.phase} phase.</p>
      <p>{session.why}</p>
      {session.skipped && <Notice kind="info">Skipped: this session is not to be done.</Notice>}
      {session.changes && session.changes.length > 0 && (
        <ul class="session-changes" aria-label={readOnly ? 'Changes to this session' : 'Changes by your coach'}>
          {session.changes.map((c) => <li><strong>{c.by}</strong>: {c.what}. <span class="meta">“{c.why}”</span></li>)}
        </ul>
      )}
      {!readOnly && !session.skipped && <button type="button" class="primary wide" onClick={() => navigate({ name: 'train', id: session.id })}>Start this session</button>}
      {session.kind === 'strength' && (
        <p class="watch-download">
          <a class="button-like" href={watchWorkoutPath(athleteId, date, index)} download={`stride-${date}-${index}.fit`}>Download for a Garmin watch (.fit)</a>
          <span class="meta"> Copy it to the watch's NewFiles folder, or import it in Garmin Connect.</span>
        </p>
      )}
      {session.blocks.map((b) => (
        <section class="block" aria-labelledby={`b-${b.name}`}>
          <h2 id={`b-${b.name}`}>{BLOCK_TITLES[b.name] ?? humanize(b.name)}{b.rounds > 1 ? `, ${b.rounds} rounds` : ''}</h2>
          <ul class="items">{b.items.map((item) => <ItemCard item={item} exercises={exercises} />)}</ul>
        </section>
      ))}
      {shape && (
        <ShapeSession client={client} athleteId={athleteId} session={session} date={date} index={index} exercises={exercises}
          today={todayIso()} planVersion={version}
          onChanged={() => {
            // A move takes the session to another day: its week shows where it went.
            void client.currentPlan(athleteId).then((r) => {
              if (!r.ok) return;
              setPlan(r.value); setVersion(r.version);
              if (!findSession(r.value, id)) navigate({ name: 'week', start: mondayOf(date) });
            });
          }} />
      )}
      <NoteThread client={client} athleteId={athleteId} scope={{ kind: 'session', session: { date, index } }}
        title="Notes on this session" intro={readOnly ? 'Your thread with this runner about this session.'
          : 'A thread with your coach about this session, e.g. "left knee ached on the split squats".'} />
    </section>
  );
}
