import { useEffect, useState } from 'preact/hooks';
import type { Account, ApiClient } from './api/client';
import { isPublic, parseHash, routeToHash, type Route } from './domain/route';
import { SignUpPage } from './pages/SignUp';
import { SignInPage } from './pages/SignIn';
import { OnboardingPage } from './pages/Onboarding';
import { HomePage } from './pages/Home';

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

  // Focus the page heading after every navigation, so screen readers hear the new page.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
    const h1 = document.querySelector('main h1')?.textContent;
    document.title = h1 ? `${h1} · Stride` : 'Stride';
  }, [route, session === 'loading']);

  const signedIn = (account: Account, next: Route) => { setSession({ account }); navigate(next, true); };
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
      ? <SignUpPage client={client} navigate={navigate} onSignedIn={(a) => signedIn(a, { name: 'onboarding', step: 'about' })} />
      : <SignInPage client={client} navigate={navigate} onSignedIn={(a) => signedIn(a, { name: 'home' })} />;
  } else if (route.name === 'onboarding') {
    page = <OnboardingPage client={client} account={session.account} step={route.step} navigate={navigate} />;
  } else {
    page = <HomePage client={client} account={session.account} navigate={navigate} />;
  }

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
      <main id="main" tabIndex={-1}>{page}</main>
    </>
  );
}
