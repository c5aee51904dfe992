import { useEffect, useState } from 'preact/hooks';
import type { Account, ApiClient } from './api/client';
import { isPublic, parseHash, routeToHash, type Route } from './domain/route';
import { SignUpPage } from './pages/SignUp';
import { SignInPage } from './pages/SignIn';
import { OnboardingPage } from './pages/Onboarding';
import { HomePage } from './pages/Home';
import { RosterPage } from './pages/Roster';
import { CoachRunnerPage } from './pages/CoachRunner';
import { TodayPage } from './pages/Today';
import { PlanPage, SessionPage, WeekPage } from './pages/Plan';
import { TrainPage } from './pages/Train';
import { RunsPage } from './pages/Runs';
import { AssessmentPage } from './pages/Assessment';
import { SettingsPage } from './pages/Settings';
import { MainNav } from './components/Nav';

export interface Session {
  account: Account;
}

export type Navigate = (route: Route, replace?: boolean) => void;

function currentRoute(): Route {
  return parseHash(window.location.hash) ?? { name: 'home' };
}

export function App({ client }: { client: ApiClient }) {
  const [route, setRoute] = useState<Route>(currentRoute);
  const [session, setSession] = useState<Session | null | 'loading'>('loading');
  // The signed-in runner's own athlete: null until known, 'none' before onboarding.
  const [athleteId, setAthleteId] = useState<number | string | null | 'none'>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Raised when the runner's own athlete changes under the app (a hand-over), to look it up again.
  const [ownAthleteChanges, setOwnAthleteChanges] = useState(0);

  const navigate: Navigate = (next, replace = false) => {
    const hash = routeToHash(next);
    if (replace) history.replaceState(null, '', hash);
    else if (window.location.hash !== hash) history.pushState(null, '', hash);
    setRoute(next);
    window.scrollTo(0, 0);
  };

  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onPop);
    void client.me().then((r) => setSession(r.ok ? { account: r.value.account } : null));
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
    };
  }, []);

  // Signed out: only the public pages. Signed in: no sign-up or sign-in pages.
  useEffect(() => {
    if (session === 'loading') return;
    if (session === null && !isPublic(route)) navigate({ name: 'signin' }, true);
    if (session !== null && isPublic(route)) navigate({ name: 'home' }, true);
  }, [session, route]);

  useEffect(() => {
    if (session === 'loading' || session === null) { setAthleteId(null); return; }
    if (route.name === 'onboarding' && athleteId !== 'none' && athleteId !== null) return;
    if (route.name !== 'onboarding' && athleteId === 'none') setAthleteId(null);
    void client.listAthletes().then((r) => {
      if (!r.ok) return;
      const own = r.value.athletes.find((a) => a.owner);
      setAthleteId(own ? own.id : 'none');
    });
  }, [session, route.name === 'onboarding', ownAthleteChanges]);

  // Focus the page heading after every navigation, so screen readers hear the new page.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
    const h1 = document.querySelector('main h1')?.textContent;
    document.title = h1 ? `${h1} · Stride` : 'Stride';
  }, [route, session === 'loading', athleteId === null]);

  const signedIn = (account: Account, next: Route) => { setNotice(null); setSession({ account }); navigate(next, true); };
  const deleted = () => {
    setSession(null);
    setNotice('Your account and all its data are deleted.');
    navigate({ name: 'signin' }, true);
  };
  const handedOver = () => {
    setAthleteId(null);
    setOwnAthleteChanges((n) => n + 1);
    navigate({ name: 'plan' });
  };
  const signOut = async () => {
    await client.signOut();
    setSession(null);
    navigate({ name: 'signin' }, true);
  };

  let page;
  if (session === 'loading') {
    page = <p class="loading" role="status">Loading…</p>;
  } else if (session === null || isPublic(route)) {
    page = route.name === 'signup'
      ? <SignUpPage client={client} navigate={navigate} onSignedIn={(a) => signedIn(a, a.role === 'coach' ? { name: 'home' } : { name: 'onboarding', step: 'about' })} />
      : <SignInPage client={client} navigate={navigate} onSignedIn={(a) => signedIn(a, { name: 'home' })} />;
  } else if (route.name === 'onboarding') {
    page = <OnboardingPage client={client} account={session.account} step={route.step} navigate={navigate} />;
  } else if (session.account.role === 'coach') {
    page = route.name === 'runner'
      ? <CoachRunnerPage key={route.id} client={client} id={route.id} inner={route.inner} navigate={navigate} />
      : <RosterPage client={client} account={session.account} navigate={navigate} />;
  } else if (athleteId === 'none') {
    page = <HomePage client={client} account={session.account} navigate={navigate} />;
  } else if (athleteId === null) {
    page = <p class="loading" role="status">Loading…</p>;
  } else {
    const id = athleteId;
    switch (route.name) {
      case 'plan': page = <PlanPage client={client} athleteId={id} navigate={navigate} />; break;
      case 'week': page = <WeekPage key={route.start} client={client} athleteId={id} start={route.start} navigate={navigate} />; break;
      case 'session': page = <SessionPage key={route.id} client={client} athleteId={id} id={route.id} navigate={navigate} />; break;
      case 'train': page = <TrainPage client={client} athleteId={id} id={route.id} navigate={navigate} />; break;
      case 'runs': page = <RunsPage client={client} athleteId={id} />; break;
      case 'assess': page = <AssessmentPage client={client} athleteId={id} step={route.step} navigate={navigate} />; break;
      case 'settings': page = <SettingsPage client={client} athleteId={id} navigate={navigate} onDeleted={deleted} onHandedOver={handedOver} />; break;
      default: page = <TodayPage client={client} athleteId={id} navigate={navigate} />;
    }
  }
  const showNav = session !== 'loading' && session !== null && session.account.role === 'runner'
    && typeof athleteId !== 'object' && athleteId !== 'none' && route.name !== 'onboarding';

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header class="top-bar">
        <span class="brand" aria-label="Stride">Stride</span>
        {session !== 'loading' && session !== null && (
          <div class="account-bar">
            <span class="who">{session.account.display_name}</span>
            <button type="button" class="secondary small" onClick={signOut}>Sign out</button>
          </div>
        )}
      </header>
      {showNav && <MainNav current={route} />}
      <main id="main" tabIndex={-1} class={showNav ? 'with-nav' : ''}>
        {notice && (session === null) && <div class="notice info" role="status">{notice}</div>}
        {page}
      </main>
    </>
  );
}
