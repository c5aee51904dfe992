import { ASSESSMENT_STEPS, type AssessmentStep } from './assessment';
// Routes as a typed union (house style §10): every page is one variant; components never build
// URL strings themselves. The URL is a hash so that any static server (vite preview, stride
// serve, a file) can serve the app without a fallback rule.

export const ONBOARDING_STEPS = [
  'about', 'running', 'goal', 'injuries', 'equipment', 'availability', 'week', 'review',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export type Route =
  | { name: 'signup' }
  | { name: 'signin' }
  | { name: 'onboarding'; step: OnboardingStep }
  | { name: 'home' }
  | { name: 'plan' }
  | { name: 'week'; start: string }
  | { name: 'session'; id: string }
  | { name: 'train'; id: string | null }
  | { name: 'runs' }
  | { name: 'assess'; step: AssessmentStep }
  | { name: 'settings' }
  /** A coach looking at one runner: `inner` is the runner's page (home = Today, plan, week, session). */
  | { name: 'runner'; id: string; inner: RunnerView };

/** The runner pages a coach can open for a runner. */
export type RunnerView = Extract<Route, { name: 'home' | 'plan' | 'week' | 'session' }>;

export function isRunnerView(route: Route): route is RunnerView {
  return route.name === 'home' || route.name === 'plan' || route.name === 'week' || route.name === 'session';
}

/** The pages of the bottom navigation, in its order. */
export const NAV_ROUTES = ['home', 'plan', 'train', 'runs', 'assess', 'settings'] as const;

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'signup': return '#/signup';
    case 'signin': return '#/signin';
    case 'home': return '#/';
    case 'onboarding': return `#/onboarding/${route.step}`;
    case 'plan': return '#/plan';
    case 'week': return `#/plan/week/${route.start}`;
    case 'session': return `#/plan/session/${encodeURIComponent(route.id)}`;
    case 'train': return route.id === null ? '#/train' : `#/train/${encodeURIComponent(route.id)}`;
    case 'runs': return '#/runs';
    case 'assess': return `#/assess/${route.step}`;
    case 'settings': return '#/settings';
    case 'runner': return `#/runners/${encodeURIComponent(route.id)}${route.inner.name === 'home' ? '' : routeToHash(route.inner).slice(1)}`;
  }
}

export function parseHash(hash: string): Route | null {
  const path = hash.replace(/^#/, '') || '/';
  const runner = /^\/runners\/([^/]+)(\/.*)?$/.exec(path);
  if (runner) {
    const inner = parseHash(runner[2] ?? '/');
    return inner && isRunnerView(inner) ? { name: 'runner', id: decodeURIComponent(runner[1]!), inner } : null;
  }
  if (path === '/') return { name: 'home' };
  if (path === '/signup') return { name: 'signup' };
  if (path === '/signin') return { name: 'signin' };
  const m = /^\/onboarding(?:\/([a-z]+))?$/.exec(path);
  if (m) {
    const step = (m[1] ?? 'about') as OnboardingStep;
    if ((ONBOARDING_STEPS as readonly string[]).includes(step)) return { name: 'onboarding', step };
  }
  if (path === '/plan') return { name: 'plan' };
  const week = /^\/plan\/week\/(\d{4}-\d{2}-\d{2})$/.exec(path);
  if (week) return { name: 'week', start: week[1]! };
  const session = /^\/plan\/session\/([^/]+)$/.exec(path);
  if (session) return { name: 'session', id: decodeURIComponent(session[1]!) };
  if (path === '/train') return { name: 'train', id: null };
  const train = /^\/train\/([^/]+)$/.exec(path);
  if (train) return { name: 'train', id: decodeURIComponent(train[1]!) };
  if (path === '/runs') return { name: 'runs' };
  if (path === '/settings') return { name: 'settings' };
  const assess = /^\/assess(?:\/([a-z_]+))?$/.exec(path);
  if (assess) {
    const step = (assess[1] ?? 'feet') as AssessmentStep;
    if ((ASSESSMENT_STEPS as readonly string[]).includes(step)) return { name: 'assess', step };
  }
  return null;
}

/** Routes a signed-out visitor may see. */
export function isPublic(route: Route): boolean {
  return route.name === 'signup' || route.name === 'signin';
}
