import { describe, expect, it } from 'vitest';
import { ONBOARDING_STEPS, parseHash, routeToHash, type Route } from './route';

describe('routes', () => {
  it('round-trips every route through its hash', () => {
    const routes: Route[] = [{ name: 'signup' }, { name: 'signin' }, { name: 'home' },
      ...ONBOARDING_STEPS.map((step) => ({ name: 'onboarding' as const, step }))];
    for (const r of routes) expect(parseHash(routeToHash(r))).toEqual(r);
  });
  it('treats an empty hash as home and rejects unknown ones', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/onboarding')).toEqual({ name: 'onboarding', step: 'about' });
    expect(parseHash('#/onboarding/nope')).toBeNull();
    expect(parseHash('#/admin')).toBeNull();
  });
});
