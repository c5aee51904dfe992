// Today and progress: today's session, this week planned against done, flags with what to do,
// charts (uPlot, each with a text summary), race predictions with their caveats, and running
// form from imported runs. From the status, load, activities and pain answers.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import type { Navigate } from '../app';
import type { Activity, Exercise, LoadDocument, PainEntry, StatusDocument } from '../domain/documents';
import { humanize } from '../domain/documents';
import {
  CHART_RANGE_LABELS, CHART_RANGES, dailyLoad, datedFrom, e1rmSeries, fitnessFatigueForm, loadFrom, painOverTime,
  rangeStart, weeklyDistance,
} from '../domain/charts';
import type { ChartRange } from '../domain/charts';
import { LABELS } from '../domain/enums';
import { ChoiceField, Notice } from '../components/fields';
import { Chart } from '../components/Chart';
import { PainForm } from '../components/PainForm';
import { NoteThread } from '../components/NoteThread';
import { dayName, PHASE_LABELS, runLabel } from './Plan';

type Id = number | string;

const STATE_LABELS: Record<string, string> = {
  rest: 'Rest', planned: 'Planned', today: 'Today', done: 'Done', partly_done: 'Partly done', missed: 'Missed', unplanned: 'Extra',
};
const MEASURE_LABELS: Record<string, [string, string]> = {
  cadence_spm: ['Cadence', 'steps/min'], ground_contact_ms: ['Ground contact', 'ms'], vertical_oscillation_mm: ['Vertical oscillation', 'mm'],
  vertical_ratio_percent: ['Vertical ratio', '%'], step_length_mm: ['Step length', 'mm'], ground_contact_balance_left_percent: ['Ground-contact balance (left)', '%'],
};
const BAND_LABELS: Record<string, string> = {
  very_fresh: 'very fresh', fresh: 'fresh', neutral: 'neutral', tired: 'tired', very_tired: 'very tired',
};

export function formatMinutes(min: number): string {
  const total = Math.round(min * 60);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}

const RUNNER_THREAD = { kind: 'runner' } as const;

/** A runner's Today; `readOnly` (a coach looking) leaves out what only the runner does: training and reporting pain. */
export function TodayPage({ client, athleteId, navigate, readOnly = false }: { client: ApiClient; athleteId: Id; navigate: Navigate; readOnly?: boolean }) {
  const [status, setStatus] = useState<StatusDocument | null>(null);
  const [load, setLoad] = useState<LoadDocument | null>(null);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [pain, setPain] = useState<PainEntry[]>([]);
  const [exercises, setExercises] = useState<Map<string, Exercise>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [range, setRange] = useState<ChartRange>('quarter');

  const refresh = () => {
    void client.status(athleteId).then((r) => (r.ok ? setStatus(r.value) : setProblem(r.error.message)));
    void client.load(athleteId).then((r) => { if (r.ok) setLoad(r.value); });
    void client.listActivities(athleteId).then((r) => { if (r.ok) setActivities(r.value.activities); });
    void client.listPain(athleteId).then((r) => { if (r.ok) setPain(r.value.pain); });
  };
  useEffect(() => {
    refresh();
    void client.exercises().then((r) => { if (r.ok) setExercises(new Map(r.value.exercises.map((e) => [e.id, e]))); });
  }, [athleteId]);

  // Computed once per answer, so a chart is drawn again only when its data changes.
  // The charts end on the status's day and look back as far as the chosen range.
  const from = status ? rangeStart(status.date, range) : null;
  const charts = useMemo(() => {
    if (!load) return null;
    const shown = loadFrom(load, from);
    return { distance: weeklyDistance(shown), daily: dailyLoad(shown), fff: fitnessFatigueForm(shown) };
  }, [load, from]);
  const painChart = useMemo(() => painOverTime(datedFrom(pain, from), (p) => `${LABELS.side[p.side]} ${LABELS.region[p.region].toLowerCase()}`), [pain, from]);
  const e1rmChart = useMemo(() => e1rmSeries(datedFrom(activities, from), 3, (id) => exercises.get(id)?.name ?? humanize(id)), [activities, exercises, from]);
  const today = status?.week.find((d) => d.date === status.date);

  return (
    <section class="today">
      <h1 tabIndex={-1}>Today{status ? `, ${dayName(status.date)}` : ''}</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!status && !problem && <p role="status">Loading…</p>}
      {status && (
        <>
          {status.plan?.week && (
            <p class="lede">{PHASE_LABELS[status.plan.week.phase] ?? status.plan.week.phase} phase, week {status.plan.week.week_in_phase}{status.plan.week.deload ? ' (deload)' : ''}. {status.plan.week.focus}</p>
          )}
          {!status.plan && (
            <div class="card">
              <p>No plan yet. Do the movement assessment first if you can, then build your plan.</p>
              <div class="button-row">
                <button type="button" class="primary" onClick={() => navigate({ name: 'assess', step: 'feet' })}>Movement assessment</button>
                <button type="button" class="secondary" onClick={() => navigate({ name: 'plan' })}>Plan</button>
              </div>
            </div>
          )}
          {/* Without a plan nothing is planned: no day of it is a rest day. */}
          {status.plan && <div class="card today-card">
            <h2>Today's training</h2>
            <p>Run: {runLabel(today?.run ?? null)}</p>
            {today && today.sessions.length > 0 ? today.sessions.map((s) => (
              <div class="session-line">
                <strong>{s.title}</strong> <span class="meta">{humanize(s.kind)}, {s.intensity}, about {s.minutes} min{s.skipped ? ', skipped' : ''}</span>
                <div class="button-row">
                  {!readOnly && !s.skipped && <button type="button" class="primary" onClick={() => navigate({ name: 'train', id: s.id })}>Start session</button>}
                  <button type="button" class="secondary" onClick={() => navigate({ name: 'session', id: s.id })}>See exercises</button>
                </div>
              </div>
            )) : <p>No strength session today.</p>}
            {status.swaps && status.swaps.runs.filter((r) => r.date === status.date).map((r) => <p class="swap">Instead: {r.instead}</p>)}
          </div>}

          {(status.flags.length > 0 || status.advice.length > 0 || status.swaps) && (
            <section class="card flags" aria-labelledby="flags-title">
              <h2 id="flags-title">What to do</h2>
              {status.advice.map((a) => <p class="advice">{a}</p>)}
              {status.swaps && (
                <>
                  <h3>Changes until {status.swaps.to}</h3>
                  <ul>
                    {status.swaps.runs.map((r) => <li>{dayName(r.date)}: {runLabel(r.planned)} → {r.instead}</li>)}
                    {status.swaps.sessions.map((s) => <li>{dayName(s.date)}: {s.title} → {s.instead}</li>)}
                  </ul>
                </>
              )}
              {status.flags.length > 0 && (
                <ul class="flag-list">
                  {status.flags.map((f) => (
                    <li class={`flag sev-${f.severity}`}>
                      <span class="sev">{humanize(f.severity)}</span> {f.date}: {f.message}
                      <details><summary>Evidence</summary><p>{f.evidence}</p></details>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}

          {(status.plan || status.week.some((d) => d.done.length > 0)) && <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">This week: planned and done</h2>
            <table class="data week-table">
              <thead><tr><th scope="col">Day</th><th scope="col">Planned</th><th scope="col">Done</th><th scope="col">State</th></tr></thead>
              <tbody>
                {status.week.map((d) => (
                  <tr class={`state-${d.state}${d.date === status.date ? ' is-today' : ''}`}>
                    <th scope="row">{dayName(d.date)}</th>
                    <td>{[d.run && d.run.type !== 'rest' ? runLabel(d.run) : '', ...d.sessions.map((s) => s.title)].filter(Boolean).join(' + ') || 'Rest'}</td>
                    <td>{d.done.map((a) => `${humanize(a.sport)} ${a.distance_km ? `${a.distance_km} km` : `${Math.round(a.duration_min)} min`}${a.rpe !== null ? `, RPE ${a.rpe}` : ''}`).join('; ') || '–'}</td>
                    <td><span class={`state-tag state-${d.state}`}>{STATE_LABELS[d.state] ?? d.state}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {status.load?.week_comparison?.this_week && status.load.week_comparison.last_week && (
              <p>So far this week: {status.load.week_comparison.this_week.run_distance_km} km against {status.load.week_comparison.last_week.run_distance_km} km on the same days last week.</p>
            )}
            {status.load?.form && (
              <p>Form: {BAND_LABELS[status.load.form.band] ?? status.load.form.band} ({status.load.form.percent_of_fitness} % of fitness){status.load.form.short_log ? '; with a short log this is only a rough guide' : ''}.</p>
            )}
          </section>}

          {!readOnly && <PainForm client={client} athleteId={athleteId} onDone={refresh} />}

          <NoteThread client={client} athleteId={athleteId} scope={RUNNER_THREAD}
            title={readOnly ? 'Notes with this runner' : 'Notes with your coach'}
            intro={readOnly ? 'Your thread with this runner. Notes about one session are on that session\'s page.'
              : 'A thread between you and your coach, e.g. how training feels. Notes about one session are on that session\'s page.'} />

          <h2>Progress</h2>
          <ChoiceField path="chart_range" label="Show" value={range} options={CHART_RANGES} labels={CHART_RANGE_LABELS}
            onChange={setRange} layout="row" />
          {charts ? (
            <div class="charts">
              <Chart title="Weekly run distance" chart={charts.distance} kind="bars" unit="km" />
              <Chart title="Daily load, acute and chronic" chart={charts.daily} unit="RPE × min" />
              <Chart title="Fitness, fatigue and form" chart={charts.fff} />
              <Chart title="Pain over time" chart={painChart} unit="0–10" fromZero max={10} />
              <Chart title="Estimated 1RM of the main lifts" chart={e1rmChart} unit="kg" fromZero />
            </div>
          ) : <p role="status">Loading the charts…</p>}

          <section class="card" aria-labelledby="pred-title">
            <h2 id="pred-title">Race predictions</h2>
            {status.predictions.length === 0 ? <p class="empty">No prediction yet: it needs a recent race or hard effort in your log.</p> : (
              <table class="data">
                <thead><tr><th scope="col">Distance</th><th scope="col">Time</th><th scope="col">Method</th></tr></thead>
                <tbody>{status.predictions.map((p) => <tr><th scope="row">{p.label}</th><td>{formatMinutes(p.minutes)}</td><td>{p.method === 'vdot' ? 'VDOT' : p.method.startsWith('riegel') ? 'Riegel' : p.method}</td></tr>)}</tbody>
              </table>
            )}
            {[...new Set(status.predictions.map((p) => p.caveat))].map((c) => <p class="hint">{c}</p>)}
          </section>

          <section class="card" aria-labelledby="form-title">
            <h2 id="form-title">Running form</h2>
            {!status.running_dynamics ? <p class="empty">No running-dynamics readings yet: import runs from a watch that records cadence or ground contact.</p> : (
              <>
                <p>From {status.running_dynamics.recorded_runs} recorded runs, {status.running_dynamics.from} to {status.running_dynamics.to}.</p>
                <table class="data">
                  <thead><tr><th scope="col">Measure</th><th scope="col">Yours</th><th scope="col">Among runners</th></tr></thead>
                  <tbody>{status.running_dynamics.readings.map((r) => {
                    const [label, unit] = MEASURE_LABELS[r.measure] ?? [humanize(r.measure), ''];
                    return <tr><th scope="row">{label}</th><td>{Math.round(r.value * 10) / 10} {unit}</td><td>{r.population_band === 'not_banded' ? 'no reference' : r.population_band.replace(/_/g, ' ')}</td></tr>;
                  })}</tbody>
                </table>
                {status.running_dynamics.cadence_cue && (
                  <p>Cadence: yours is {Math.round(status.running_dynamics.cadence_cue.own_spm)} steps a minute; Stride suggests {Math.round(status.running_dynamics.cadence_cue.low_spm)}–{Math.round(status.running_dynamics.cadence_cue.high_spm)}.</p>
                )}
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
