// Settings: the profile (the wizard's own steps and checks, PUT athletes/{id}), coaches
// (accept an invitation, revoke), the calendar subscription (make, replace, turn off), personal API
// tokens, export, and deleting the account.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import type { Navigate } from '../app';
import {
  athleteForPut, buildAthlete, stepForField, todayIso, validateAll, wizardFromAthlete, type AthleteDocument, type WizardState,
} from '../domain/athlete';
import type { OnboardingStep } from '../domain/route';
import type { CoachSummary, TokenSummary } from '../domain/documents';
import { feedStateText, SUBSCRIBE_HOW_TO, webcalUrl, type CalendarFeedState, type NewCalendarFeed } from '../domain/calendarFeed';
import { ErrorSummary, Notice, TextField } from '../components/fields';
import { HandoverCodeForm } from '../components/HandoverCodeForm';
import { StepBody } from './Onboarding';

type Id = number | string;
const PROFILE_STEPS: Array<{ step: OnboardingStep; title: string }> = [
  { step: 'about', title: 'About you' }, { step: 'running', title: 'Running' }, { step: 'goal', title: 'Goal' },
  { step: 'injuries', title: 'Injuries' }, { step: 'equipment', title: 'Equipment' }, { step: 'availability', title: 'Time for strength' },
];

/** `onHandedOver`: the runner took over a profile a coach made, which is now their own (a new athlete id). */
export function SettingsPage({ client, athleteId, onDeleted, onHandedOver }: { client: ApiClient; athleteId: Id; navigate: Navigate; onDeleted: () => void; onHandedOver: () => void }) {
  return (
    <section class="settings">
      <h1 tabIndex={-1}>Settings</h1>
      <nav aria-label="Settings sections" class="toc">
        <a href="#s-profile" onClick={jump('s-profile')}>Profile</a> · <a href="#s-coaches" onClick={jump('s-coaches')}>Coaches</a> · <a href="#s-calendar" onClick={jump('s-calendar')}>Calendar</a> · <a href="#s-tokens" onClick={jump('s-tokens')}>API tokens</a> · <a href="#s-data" onClick={jump('s-data')}>Your data</a>
      </nav>
      <Profile client={client} athleteId={athleteId} />
      <Coaches client={client} athleteId={athleteId} onHandedOver={onHandedOver} />
      <CalendarSubscription client={client} athleteId={athleteId} />
      <Tokens client={client} />
      <Export client={client} athleteId={athleteId} />
      <DeleteAccount client={client} onDeleted={onDeleted} />
    </section>
  );
}

const jump = (id: string) => (e: Event) => { e.preventDefault(); const el = document.getElementById(id); el?.scrollIntoView(); el?.focus(); };

function Profile({ client, athleteId }: { client: ApiClient; athleteId: Id }) {
  const [doc, setDoc] = useState<AthleteDocument | null>(null);
  const [s, setS] = useState<WizardState | null>(null);
  const [open, setOpen] = useState<OnboardingStep>('equipment');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The ETag of the profile shown: a coach's save in between makes this save a 409, never a silent overwrite.
  const [version, setVersion] = useState<string | undefined>(undefined);
  const load = () => client.getAthlete(athleteId).then((r) => {
    if (r.ok) { setDoc(r.value); setS(wizardFromAthlete(r.value)); setVersion(r.version); } else setMsg({ kind: 'error', text: r.error.message });
  });
  useEffect(() => { void load(); }, [athleteId]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!s || !doc) return;
    const errs = validateAll(PROFILE_STEPS.map((p) => p.step), s, todayIso());
    setErrors(errs);
    const first = Object.keys(errs)[0];
    if (first) { setOpen(stepForField(first)); return; }
    setBusy(true);
    // The wizard's document, keeping what it does not edit (heart rate, postpartum).
    const body = athleteForPut(doc as unknown as Record<string, unknown>, buildAthlete(s));
    const r = await client.putAthlete(athleteId, body, version);
    setBusy(false);
    if (!r.ok && r.error.status === 409) {
      await load();
      setMsg({ kind: 'error', text: 'Your coach saved your profile while you had it open. It has been loaded again: check it, then save your changes.' });
      return;
    }
    if (!r.ok) {
      if (r.error.field) { setErrors({ [r.error.field]: r.error.message }); setOpen(stepForField(r.error.field)); }
      setMsg({ kind: 'error', text: r.error.message });
      return;
    }
    setDoc(body); setVersion(r.version);
    setMsg({ kind: 'info', text: 'Profile saved. Re-plan on the Plan page to fit your plan to it.' });
  };

  const set = <K extends keyof WizardState>(k: K, v: WizardState[K]) => s && setS({ ...s, [k]: v });
  return (
    <form class="card" id="s-profile" tabIndex={-1} onSubmit={save} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">Profile and equipment</h2>
      <ErrorSummary errors={errors} />
      <div aria-live="polite">{msg && <Notice kind={msg.kind}>{msg.text}</Notice>}</div>
      {!s ? <p role="status">Loading…</p> : (
        <>
          {PROFILE_STEPS.map(({ step, title }) => (
            <details class="profile-part" open={open === step} onToggle={(e) => { if ((e.currentTarget as HTMLDetailsElement).open) setOpen(step); }}>
              <summary>{title}</summary>
              <div class="profile-body">
                <StepBody step={step} s={s} set={set} setS={setS} errors={errors} go={() => undefined} forCoach={false} />
              </div>
            </details>
          ))}
          <button type="submit" class="primary" disabled={busy}>{busy ? 'Saving…' : 'Save profile'}</button>
        </>
      )}
    </form>
  );
}

function Coaches({ client, athleteId, onHandedOver }: { client: ApiClient; athleteId: Id; onHandedOver: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [coaches, setCoaches] = useState<CoachSummary[] | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const load = () => client.listCoaches(athleteId).then((r) => setCoaches(r.ok ? r.value.coaches : []));
  useEffect(() => { void load(); }, [athleteId]);
  const accept = async (e: Event) => {
    e.preventDefault();
    const c = code.trim();
    if (c === '') { setError('Type the code your coach gave you.'); return; }
    setMsg(null);
    const r = await client.acceptInvitation(c, athleteId);
    if (!r.ok) { setError(r.error.status === 404 || r.error.status === 409 ? 'That code is unknown, used or expired. Ask your coach for a new one.' : r.error.message); return; }
    setError(undefined); setCode(''); setMsg('Invitation accepted: your coach can now see your plan and log.');
    void load();
  };
  const revoke = async (c: CoachSummary) => {
    const r = await client.revokeCoach(athleteId, c.account_id);
    setMsg(r.ok ? `${c.display_name} can no longer see your data.` : r.error.message);
    void load();
  };
  return (
    <section class="card" id="s-coaches" tabIndex={-1} aria-labelledby="coaches-title">
      <h2 id="coaches-title">Coaches</h2>
      <div aria-live="polite">{msg && <Notice kind="info">{msg}</Notice>}</div>
      <form onSubmit={accept} noValidate>
        <TextField path="$.invitation_code" label="Invitation code" hint="A coach can see your plan and log, and write your plan; you can revoke that at any time."
          autoComplete="off" value={code} error={error} onInput={setCode} />
        <button type="submit" class="secondary">Accept invitation</button>
      </form>
      <HandoverCodeForm client={client} onAccepted={onHandedOver}
        hint="Did your coach make your profile and plan before you had an account? Their code makes that profile yours; your own is replaced if you have logged nothing in it yet." />
      <h3>Your coaches</h3>
      {coaches === null ? <p role="status">Loading…</p> : coaches.length === 0 ? <p class="empty">No coach can see your data.</p> : (
        <ul class="plain-list">
          {coaches.map((c) => (
            <li class="list-row"><span>{c.display_name}</span>
              <button type="button" class="secondary small" onClick={() => revoke(c)}>Revoke<span class="visually-hidden"> {c.display_name}</span></button></li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CalendarSubscription({ client, athleteId }: { client: ApiClient; athleteId: Id }) {
  const [feed, setFeed] = useState<CalendarFeedState | null>(null);
  const [created, setCreated] = useState<NewCalendarFeed | null>(null);
  const [msg, setMsg] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => client.calendarFeed(athleteId).then((r) => {
    if (r.ok) setFeed(r.value); else { setFeed({ active: false, created: null }); setMsg({ kind: 'error', text: r.error.message }); }
  });
  useEffect(() => { void load(); }, [athleteId]);
  const make = async () => {
    setBusy(true); setMsg(null);
    const r = await client.createCalendarFeed(athleteId);
    setBusy(false);
    if (!r.ok) { setMsg({ kind: 'error', text: r.error.message }); return; }
    setCreated(r.value);
    setFeed({ active: true, created: r.value.created });
  };
  const turnOff = async () => {
    setBusy(true); setMsg(null);
    const r = await client.deleteCalendarFeed(athleteId);
    setBusy(false);
    if (!r.ok) { setMsg({ kind: 'error', text: r.error.message }); return; }
    setCreated(null);
    setFeed({ active: false, created: null });
    setMsg({ kind: 'info', text: 'Calendar subscription turned off: the old link no longer works.' });
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setMsg({ kind: 'info', text: 'Link copied.' });
    } catch {
      (document.getElementById('feed-url') as HTMLInputElement | null)?.select();
      setMsg({ kind: 'info', text: 'Copy the selected link by hand.' });
    }
  };
  return (
    <section class="card" id="s-calendar" tabIndex={-1} aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar subscription</h2>
      <p class="hint">Your plan's sessions in the calendar app you already use, updated after every re-plan. Anyone who has the link can read your plan: keep it to yourself.</p>
      <div aria-live="polite">{msg && <Notice kind={msg.kind}>{msg.text}</Notice>}</div>
      {created && (
        <div class="notice info token-once" role="status">
          <p><strong>Your calendar link</strong>: copy it now. It is shown only once.</p>
          <label for="feed-url">Calendar link</label>
          <input id="feed-url" readOnly value={created.url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          <button type="button" class="secondary small" onClick={() => { void copy(created.url); }}>Copy link</button>
          <a class="feed-open" href={webcalUrl(created.url)}>Open in a calendar app</a>
          <p class="hint">{SUBSCRIBE_HOW_TO}</p>
          <button type="button" class="link" onClick={() => setCreated(null)}>I have copied it</button>
        </div>
      )}
      {feed === null ? <p role="status">Loading…</p> : (
        <>
          <p>{feedStateText(feed)}</p>
          {feed.active ? (
            <div class="button-row">
              <button type="button" class="secondary" disabled={busy} onClick={make}>Replace the link</button>
              <button type="button" class="secondary" disabled={busy} onClick={turnOff}>Turn off</button>
            </div>
          ) : (
            <button type="button" class="secondary" disabled={busy} onClick={make}>Turn on calendar subscription</button>
          )}
          {feed.active && <p class="hint">Replacing the link stops the old one: calendars subscribed with it stop updating.</p>}
        </>
      )}
    </section>
  );
}

function Tokens({ client }: { client: ApiClient }) {
  const [tokens, setTokens] = useState<TokenSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const load = () => client.listTokens().then((r) => setTokens(r.ok ? r.value.tokens : []));
  useEffect(() => { void load(); }, []);
  const create = async (e: Event) => {
    e.preventDefault();
    if (name.trim() === '') { setError('Name the token, e.g. the script that will use it.'); return; }
    const r = await client.createToken(name.trim());
    if (!r.ok) { setError(r.error.message); return; }
    setError(undefined); setName(''); setCreated({ name: r.value.name, token: r.value.token });
    void load();
  };
  const remove = async (t: TokenSummary) => {
    await client.deleteToken(t.id);
    void load();
  };
  return (
    <section class="card" id="s-tokens" tabIndex={-1} aria-labelledby="tokens-title">
      <h2 id="tokens-title">Personal API tokens</h2>
      <p class="hint">For your own scripts: <code>Authorization: Bearer TOKEN</code> acts as you.</p>
      {created && (
        <div class="notice info token-once" role="status">
          <p><strong>{created.name}</strong>: copy it now. It is shown only once.</p>
          <label for="new-token">Your new token</label>
          <input id="new-token" readOnly value={created.token} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          <button type="button" class="secondary small" onClick={() => { void navigator.clipboard?.writeText(created.token); }}>Copy</button>
          <button type="button" class="link" onClick={() => setCreated(null)}>I have copied it</button>
        </div>
      )}
      <form onSubmit={create} noValidate>
        <TextField path="$.token_name" label="Token name" value={name} error={error} onInput={setName} autoComplete="off" />
        <button type="submit" class="secondary">Create token</button>
      </form>
      {tokens === null ? <p role="status">Loading…</p> : tokens.length === 0 ? <p class="empty">No tokens.</p> : (
        <ul class="plain-list">
          {tokens.map((t) => (
            <li class="list-row">
              <span><strong>{t.name}</strong><br /><span class="meta">created {t.created.slice(0, 10)}, {t.last_used ? `last used ${t.last_used.slice(0, 10)}` : 'never used'}</span></span>
              <button type="button" class="secondary small" onClick={() => remove(t)}>Delete<span class="visually-hidden"> token {t.name}</span></button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Export({ client, athleteId }: { client: ApiClient; athleteId: Id }) {
  const [msg, setMsg] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const run = async () => {
    const r = await client.exportAthlete(athleteId);
    if (!r.ok) { setMsg({ kind: 'error', text: r.error.message }); return; }
    const blob = new Blob([JSON.stringify(r.value, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `stride-export-${todayIso()}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMsg({ kind: 'info', text: `Downloaded stride-export-${todayIso()}.json.` });
  };
  return (
    <section class="card" id="s-data" tabIndex={-1} aria-labelledby="export-title">
      <h2 id="export-title">Export your data</h2>
      <p>Everything Stride stores about you, as one JSON file.</p>
      <div aria-live="polite">{msg && <Notice kind={msg.kind}>{msg.text}</Notice>}</div>
      <button type="button" class="secondary" onClick={run}>Export all my data</button>
    </section>
  );
}

function DeleteAccount({ client, onDeleted }: { client: ApiClient; onDeleted: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (password === '') { setError('Type your password to confirm.'); return; }
    setBusy(true);
    const r = await client.deleteMe(password);
    setBusy(false);
    if (!r.ok) {
      setError(r.error.status === 401 || r.error.status === 403 ? 'That is not your password: nothing was deleted.' : r.error.message);
      return;
    }
    onDeleted();
  };
  return (
    <form class="card danger" onSubmit={submit} noValidate aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my account and data</h2>
      <p>This deletes your account, your profile, plans, assessments, log and files, at once and for good. Export first if you want a copy.</p>
      <TextField path="$.password" label="Your password, to confirm" type="password" autoComplete="current-password"
        value={password} error={error} onInput={setPassword} />
      <button type="submit" class="danger" disabled={busy || password === ''}>{busy ? 'Deleting…' : 'Delete my account and data'}</button>
    </form>
  );
}
