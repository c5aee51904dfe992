// Runs: add one by hand; drop or pick several FIT/GPX/TCX files, sent one by one with a
// progress bar each and a report; rate imported runs (RPE) so they count in the load.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import { todayIso } from '../domain/athlete';
import type { Activity } from '../domain/documents';
import { newClientId } from '../domain/training';
import { parseDecimal } from '../domain/calendar';
import {
  nextQueued, percent, queueFiles, report, reportSentence, setStatus, statusFromAnswer, type UploadFile,
} from '../domain/upload';
import { ErrorSummary, Notice, SelectField, TextField } from '../components/fields';

type Id = number | string;
const RPE_OPTIONS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
const RPE_LABELS = Object.fromEntries(RPE_OPTIONS.map((n) => [n, n])) as Record<(typeof RPE_OPTIONS)[number], string>;

export function RunsPage({ client, athleteId }: { client: ApiClient; athleteId: Id }) {
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const reload = () => client.listActivities(athleteId).then((r) => { if (r.ok) setActivities(r.value.activities); });
  useEffect(() => { void reload(); }, [athleteId]);
  const runs = (activities ?? []).filter((a) => a.sport === 'run').sort((a, b) => b.date.localeCompare(a.date));
  const unrated = runs.filter((a) => a.rpe === null || a.rpe === undefined);

  return (
    <section class="runs">
      <h1 tabIndex={-1}>Runs</h1>
      <Upload client={client} athleteId={athleteId} onImported={reload} />
      <AddRun client={client} athleteId={athleteId} onAdded={reload} />
      <section class="card" aria-labelledby="rate-title">
        <h2 id="rate-title">Rate imported runs</h2>
        <p class="hint">A run counts in your training load once it has an effort rating (RPE 0–10).</p>
        {activities === null ? <p role="status">Loading…</p> : unrated.length === 0 ? <p>Every run has its rating.</p> : (
          <ul class="rate-list">{unrated.map((a) => <RateRun client={client} athleteId={athleteId} activity={a} onRated={reload} />)}</ul>
        )}
      </section>
      <section class="card" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent runs</h2>
        {runs.length === 0 ? <p class="empty">No runs yet.</p> : (
          <table class="data">
            <thead><tr><th scope="col">Date</th><th scope="col">km</th><th scope="col">min</th><th scope="col">RPE</th></tr></thead>
            <tbody>{runs.slice(0, 20).map((a) => <tr><td>{a.date}</td><td>{a.distance_km ?? '–'}</td><td>{Math.round(a.duration_min)}</td><td>{a.rpe ?? '–'}</td></tr>)}</tbody>
          </table>
        )}
      </section>
    </section>
  );
}

function Upload({ client, athleteId, onImported }: { client: ApiClient; athleteId: Id; onImported: () => void }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const blobs = useRef(new Map<string, File>());
  const busy = useRef(false);
  const [over, setOver] = useState(false);
  const counter = useRef(0);

  const add = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const arr = [...list];
    const keys = arr.map(() => `f${++counter.current}`);
    arr.forEach((f, i) => blobs.current.set(keys[i]!, f));
    setFiles((cur) => queueFiles(cur, arr, (i) => keys[i]!));
  };

  // One file at a time, in order.
  useEffect(() => {
    if (busy.current) return;
    const next = nextQueued(files);
    if (!next) return;
    busy.current = true;
    const blob = blobs.current.get(next.key)!;
    setFiles((cur) => setStatus(cur, next.key, { state: 'uploading', loaded: 0, total: blob.size }));
    void client.uploadActivityFile(athleteId, blob, (loaded, total) => {
      setFiles((cur) => setStatus(cur, next.key, { state: 'uploading', loaded, total }));
    }).then((r) => {
      const status = r.ok ? statusFromAnswer(r.status, true, '', r.value) : statusFromAnswer(r.error.status, false, r.error.message, null);
      blobs.current.delete(next.key);
      busy.current = false;
      setFiles((cur) => setStatus(cur, next.key, status));
      if (r.ok) onImported();
    });
  }, [files]);

  const summary = report(files);
  const done = files.length > 0 && summary.pending === 0;
  return (
    <section class="card" aria-labelledby="upload-title">
      <h2 id="upload-title">Import activity files</h2>
      <div class={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); add(e.dataTransfer?.files ?? null); }}>
        <p>Drop FIT, GPX or TCX files from your watch here, or</p>
        <label class="file-pick">
          <span class="button-like">Choose files</span>
          <input type="file" multiple accept=".fit,.gpx,.tcx,application/octet-stream" class="visually-hidden"
            aria-describedby="upload-hint" onChange={(e) => { add((e.currentTarget as HTMLInputElement).files); (e.currentTarget as HTMLInputElement).value = ''; }} />
        </label>
        <p class="hint" id="upload-hint">Several at once is fine: they are sent one by one; a file already imported is not stored twice.</p>
      </div>
      {files.length > 0 && (
        <ul class="upload-list">
          {files.map((f) => (
            <li class={`upload upload-${f.status.state}`}>
              <span class="file-name">{f.name}</span>
              <progress max={100} value={percent(f.status)} aria-label={`${f.name} upload`}>{percent(f.status)} %</progress>
              <span class="file-state">{
                f.status.state === 'queued' ? 'Waiting'
                : f.status.state === 'uploading' ? `Sending ${percent(f.status)} %`
                : f.status.state === 'imported' ? `Imported: ${f.status.summary}`
                : f.status.state === 'duplicate' ? `Already imported: ${f.status.message}`
                : f.status.state === 'unreadable' ? `Unreadable: ${f.status.message}`
                : `Failed: ${f.status.message}`
              }</span>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">{done && <p class="upload-report"><strong>Report:</strong> {reportSentence(summary)}</p>}</div>
      {done && <button type="button" class="secondary" onClick={() => setFiles([])}>Clear the list</button>}
    </section>
  );
}

function AddRun({ client, athleteId, onAdded }: { client: ApiClient; athleteId: Id; onAdded: () => void }) {
  const [date, setDate] = useState(todayIso());
  const [minutes, setMinutes] = useState('');
  const [km, setKm] = useState('');
  const [rpe, setRpe] = useState<(typeof RPE_OPTIONS)[number] | ''>('');
  const [hr, setHr] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [clientId, setClientId] = useState(newClientId);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const min = parseDecimal(minutes);
    const dist = km.trim() === '' ? null : parseDecimal(km);
    const avg = hr.trim() === '' ? null : Number(hr);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errs['$.date'] = 'Choose the date of the run.';
    else if (date > todayIso()) errs['$.date'] = 'The run cannot be in the future.';
    if (min === null || min <= 0 || min > 1440) errs['$.duration_min'] = 'Minutes: a number above 0.';
    if (km.trim() !== '' && (dist === null || dist < 0 || dist > 400)) errs['$.distance_km'] = 'Kilometres: a number from 0 to 400, or leave empty.';
    if (rpe === '') errs['$.rpe'] = 'Choose how hard it felt.';
    if (avg !== null && (!Number.isInteger(avg) || avg < 20 || avg > 250)) errs['$.avg_hr'] = 'Average heart rate: a whole number from 20 to 250, or leave empty.';
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const activity: Activity = { client_id: clientId, date, sport: 'run', duration_min: min!, rpe: Number(rpe) };
    if (dist !== null) activity.distance_km = dist;
    if (avg !== null) activity.avg_hr = avg;
    setBusy(true);
    const r = await client.postActivity(athleteId, activity);
    setBusy(false);
    if (!r.ok) {
      setErrors(r.error.field ? { [r.error.field]: r.error.message } : { '$': r.error.message });
      return;
    }
    setDone(`Run saved: ${date}, ${min} min${dist !== null ? `, ${dist} km` : ''}.`);
    setMinutes(''); setKm(''); setRpe(''); setHr(''); setClientId(newClientId());
    onAdded();
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="add-title">
      <h2 id="add-title">Add a run by hand</h2>
      <ErrorSummary errors={errors} />
      {done && <Notice kind="info">{done}</Notice>}
      <div class="two-up">
        <TextField path="$.date" label="Date" type="date" max={todayIso()} value={date} error={errors['$.date']} onInput={setDate} />
        <TextField path="$.duration_min" label="Minutes" inputMode="decimal" value={minutes} error={errors['$.duration_min']} onInput={setMinutes} />
        <TextField path="$.distance_km" label="Distance in km (optional)" inputMode="decimal" value={km} error={errors['$.distance_km']} onInput={setKm} />
        <TextField path="$.avg_hr" label="Average heart rate (optional)" inputMode="numeric" value={hr} error={errors['$.avg_hr']} onInput={setHr} />
      </div>
      <SelectField path="$.rpe" label="How hard was it? RPE 0 (rest) to 10 (maximal)" value={rpe} options={RPE_OPTIONS} labels={RPE_LABELS}
        error={errors['$.rpe']} onChange={setRpe} />
      <button type="submit" class="primary" disabled={busy}>{busy ? 'Saving…' : 'Save run'}</button>
    </form>
  );
}

function RateRun({ client, athleteId, activity, onRated }: { client: ApiClient; athleteId: Id; activity: Activity; onRated: () => void }) {
  const [rpe, setRpe] = useState<(typeof RPE_OPTIONS)[number] | ''>('');
  const [error, setError] = useState<string | undefined>(undefined);
  const path = `$.rate_${activity.id}`;
  const save = async () => {
    if (rpe === '' || activity.id === undefined) { setError('Choose a rating first.'); return; }
    const r = await client.rateActivity(athleteId, activity.id, Number(rpe));
    if (!r.ok) { setError(r.error.message); return; }
    onRated();
  };
  return (
    <li class="rate-row">
      <SelectField path={path} label={`${activity.date}: ${activity.distance_km ?? '?'} km in ${Math.round(activity.duration_min)} min`} value={rpe}
        options={RPE_OPTIONS} labels={RPE_LABELS} placeholder="RPE…" error={error} onChange={setRpe} />
      <button type="button" class="secondary" onClick={save}>Save rating<span class="visually-hidden"> for {activity.date}</span></button>
    </li>
  );
}
