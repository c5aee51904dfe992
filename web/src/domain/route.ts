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
  | { name: 'home' };

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'signup': return '#/signup';
    case 'signin': return '#/signin';
    case 'home': return '#/';
    case 'onboarding': return `#/onboarding/${route.step}`;
  }
}

export function parseHash(hash: string): Route | null {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/signup') return { name: 'signup' };
  if (path === '/signin') return { name: 'signin' };
  const m = /^\/onboarding(?:\/([a-z]+))?$/.exec(path);
  if (m) {
    const step = (m[1] ?? 'about') as OnboardingStep;
    if ((ONBOARDING_STEPS as readonly string[]).includes(step)) return { name: 'onboarding', step };
  }
  return null;
}

/** Routes a signed-out visitor may see. */
export function isPublic(route: Route): boolean {
  return route.name === 'signup' || route.name === 'signin';
}
