// One runner as the coach sees them: the runner's Today (without training or pain reporting, which
// are the runner's) and plan, season, week and session, under a header naming the runner and a
// way back to the roster. The runner's pages navigate within this view. For a runner the coach made
// and still owns, a card hands the profile over to the runner's own account.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import { Notice } from '../components/fields';
import { handoverShareText, type NewHandover } from '../domain/handover';
import type { Navigate } from '../app';
import { isRunnerView, type Route, type RunnerView } from '../domain/route';
import { PlanPage, SessionPage, WeekPage } from './Plan';
import { TodayPage } from './Today';

export function CoachRunnerPage({ client, id, inner, navigate }: { client: ApiClient; id: string; inner: RunnerView; navigate: Navigate }) {
  const [name, setName] = useState<string | null>(null);
  const [owner, setOwner] = useState(false);
  useEffect(() => {
    void client.listAthletes().then((r) => {
      if (!r.ok) return;
      const athlete = r.value.athletes.find((a) => String(a.id) === id);
      setName(athlete?.name ?? null);
      setOwner(athlete?.owner ?? false);
    });
  }, [id]);
  // The runner's pages ask for runner routes; within this view they stay with this runner.
  const within: Navigate = (route: Route, replace) => {
    if (isRunnerView(route)) navigate({ name: 'runner', id, inner: route }, replace);
  };
  const tab = (view: RunnerView, label: string) => {
    const current = inner.name === view.name || (view.name === 'plan' && (inner.name === 'week' || inner.name === 'session'));
    return (
      <a href={`#/runners/${encodeURIComponent(id)}${view.name === 'plan' ? '/plan' : ''}`} aria-current={current ? 'page' : undefined}
        class={current ? 'tab current' : 'tab'} onClick={(e) => { e.preventDefault(); within(view); }}>{label}</a>
    );
  };

  let page;
  switch (inner.name) {
    case 'plan': page = <PlanPage client={client} athleteId={id} navigate={within} title={name ? `${name}'s plan` : 'Plan'} />; break;
    case 'week': page = <WeekPage key={inner.start} client={client} athleteId={id} start={inner.start} navigate={within} />; break;
    case 'session': page = <SessionPage key={inner.id} client={client} athleteId={id} id={inner.id} navigate={within} readOnly shape />; break;
    default: page = <TodayPage client={client} athleteId={id} navigate={within} readOnly />;
  }
  return (
    <div class="coach-runner">
      <p class="back"><a href="#/" onClick={(e) => { e.preventDefault(); navigate({ name: 'home' }); }}>← All runners</a></p>
      <p class="runner-name"><strong>{name ?? 'Runner'}</strong> <span class="meta">as you see them; their log is theirs to change</span></p>
      {owner && <HandOver client={client} id={id} name={name ?? 'the runner'} />}
      <nav class="tabs" aria-label={`${name ?? 'Runner'}'s pages`}>{tab({ name: 'home' }, 'Today')}{tab({ name: 'plan' }, 'Plan')}</nav>
      {page}
    </div>
  );
}

// The coach's side of a hand-over: a code to give the runner, made again on request (which makes
// the earlier code stop working).
function HandOver({ client, id, name }: { client: ApiClient; id: string; name: string }) {
  const [handover, setHandover] = useState<NewHandover | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true); setProblem(null); setCopied(false);
    const r = await client.createHandover(id);
    setBusy(false);
    if (r.ok) setHandover(r.value); else setProblem(r.error.message);
  };
  const copy = async () => {
    if (!handover) return;
    try { await navigator.clipboard.writeText(handover.code); setCopied(true); } catch { setCopied(false); }
  };
  return (
    <section class="card handover" aria-labelledby="handover-title">
      <h2 id="handover-title">Hand over to the runner</h2>
      <p>You made this profile, so it is yours until {name} has an account. A code lets them take it over with its plan and log; you keep coaching them until they revoke you.</p>
      <button type="button" class="secondary" onClick={make} disabled={busy}>{handover ? 'Make a new code' : 'Make a hand-over code'}</button>
      {problem && <Notice kind="error">{problem}</Notice>}
      {handover && (
        <div role="status">
          <p class="invitation">Code: <code>{handover.code}</code>{' '}
            <button type="button" class="secondary small" onClick={copy}>{copied ? 'Copied' : 'Copy'}</button></p>
          <p class="meta">{handoverShareText(name, handover)} A new code replaces this one.</p>
        </div>
      )}
    </section>
  );
}
