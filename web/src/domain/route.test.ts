import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STEPS } from './assessment';
import { ONBOARDING_STEPS, parseHash, routeToHash, type Route } from './route';

describe('routes', () => {
  it('round-trips every route through its hash', () => {
    const routes: Route[] = [{ name: 'signup' }, { name: 'signin' }, { name: 'home' },
      ...ONBOARDING_STEPS.map((step) => ({ name: 'onboarding' as const, step })),
      { name: 'plan' }, { name: 'week', start: '2026-11-23' }, { name: 'session', id: '2026-11-25-a' },
      { name: 'train', id: null }, { name: 'train', id: '2026-11-25-a' }, { name: 'runs' }, { name: 'settings' },
      ...ASSESSMENT_STEPS.map((step) => ({ name: 'assess' as const, step })),
      { name: 'runner', id: '7', inner: { name: 'home' } }, { name: 'runner', id: '7', inner: { name: 'plan' } },
      { name: 'runner', id: 'a b', inner: { name: 'week', start: '2026-11-23' } },
      { name: 'runner', id: '7', inner: { name: 'session', id: '2026-11-25-a' } }];
    for (const r of routes) expect(parseHash(routeToHash(r))).toEqual(r);
  });
  it('treats an empty hash as home and rejects unknown ones', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/onboarding')).toEqual({ name: 'onboarding', step: 'about' });
    expect(parseHash('#/onboarding/nope')).toBeNull();
    expect(parseHash('#/admin')).toBeNull();
    expect(parseHash('#/assess')).toEqual({ name: 'assess', step: 'feet' });
    expect(parseHash('#/assess/elbows')).toBeNull();
    expect(parseHash('#/plan/week/23-11-2026')).toBeNull();
    expect(routeToHash({ name: 'runner', id: '7', inner: { name: 'plan' } })).toBe('#/runners/7/plan');
    expect(parseHash('#/runners/7/train')).toBeNull();
    expect(parseHash('#/runners/7/settings')).toBeNull();
    expect(parseHash('#/runners/7/runners/8')).toBeNull();
  });
});
