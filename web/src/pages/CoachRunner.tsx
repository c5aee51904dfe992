// One runner as the coach sees them: the runner's Today (without training or pain reporting, which
// are the runner's) and plan, season, week and session, under a header naming the runner and a
// way back to the roster. The runner's pages navigate within this view.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import type { Navigate } from '../app';
import { isRunnerView, type Route, type RunnerView } from '../domain/route';
import { PlanPage, SessionPage, WeekPage } from './Plan';
import { TodayPage } from './Today';

export function CoachRunnerPage({ client, id, inner, navigate }: { client: ApiClient; id: string; inner: RunnerView; navigate: Navigate }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void client.listAthletes().then((r) => { if (r.ok) setName(r.value.athletes.find((a) => String(a.id) === id)?.name ?? null); });
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
    case 'session': page = <SessionPage key={inner.id} client={client} athleteId={id} id={inner.id} navigate={within} readOnly />; break;
    default: page = <TodayPage client={client} athleteId={id} navigate={within} readOnly />;
  }
  return (
    <div class="coach-runner">
      <p class="back"><a href="#/" onClick={(e) => { e.preventDefault(); navigate({ name: 'home' }); }}>← All runners</a></p>
      <p class="runner-name"><strong>{name ?? 'Runner'}</strong> <span class="meta">as you see them; their log is theirs to change</span></p>
      <nav class="tabs" aria-label={`${name ?? 'Runner'}'s pages`}>{tab({ name: 'home' }, 'Today')}{tab({ name: 'plan' }, 'Plan')}</nav>
      {page}
    </div>
  );
}
