import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeChange, diffPlans, summarizeChanges, findSession, mondayOf, nextSession, seasonCalendar, watchWorkoutPath, weekContaining } from './plancal';
import type { PlanDocument, Session } from './documents';

const fixture = (name: string): PlanDocument => JSON.parse(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8'));

describe('the season calendar', () => {
  const plan = fixture('plan.json');
  const rows = seasonCalendar(plan);
  it('has one Monday-to-Sunday row per week, to the end of the recovery week', () => {
    expect(rows).toHaveLength(17);
    expect(rows[0]!.start).toBe('2026-11-23');
    expect(rows[16]!.cells.map((c) => c.date)).toEqual(['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21']);
    expect(rows.every((r) => r.cells.length === 7)).toBe(true);
  });
  it('colours days by phase and marks deload, taper and race days', () => {
    expect(rows.filter((r) => r.deload).map((r) => r.number)).toEqual([7, 10, 13]);
    expect(rows.filter((r) => r.taper).map((r) => r.number)).toEqual([15, 16]);
    expect(rows[4]!.cells[0]!.phase).toBe('strength');
    expect(rows[16]!.cells[2]!.phase).toBe('recovery');
    const race = rows.flatMap((r) => r.cells).filter((c) => c.isRace).map((c) => c.date);
    expect(race).toEqual(['2027-02-14', '2027-03-14']);
  });
  it('puts runs and sessions on their days', () => {
    const wed = rows[0]!.cells[2]!;
    expect(wed.day?.run).toEqual({ type: 'easy' });
    expect(wed.day?.sessions.map((s) => s.title)).toEqual(['Stability A']);
  });
  it('pads a plan that starts mid-week', () => {
    const mid = seasonCalendar({ ...plan, start: '2026-11-25', days: plan.days.slice(2) });
    expect(mid[0]!.cells.map((c) => c.inPlan)).toEqual([false, false, true, true, true, true, true]);
  });
  it('finds weeks and sessions', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(weekContaining(rows, '2026-12-03')!.number).toBe(2);
    expect(weekContaining(rows, '2030-01-01')!.number).toBe(1);
    expect(findSession(plan, '2026-11-29-a')?.date).toBe('2026-11-29');
    expect(findSession(plan, '2027-03-17-a')?.session.kind).toBe('recovery');
    expect(findSession(plan, '2026-11-29-a')?.index).toBe(0);
    expect(watchWorkoutPath(7, '2026-11-29', 1)).toBe('/api/v1/athletes/7/plans/current/sessions/2026-11-29/1.fit');
    expect(findSession(plan, 'nope')).toBeNull();
    expect(nextSession(plan, '2026-11-26')?.session.id).toBe('2026-11-29-a');
  });
});

describe('what a re-plan changed', () => {
  const base = fixture('plan.json');
  const session = (id: string, title: string, minutes = 30): Session => ({
    id, title, kind: 'strength', phase: 'strength', intensity: 'moderate', minutes, why: '', blocks: [],
  });
  const planWith = (days: Array<[string, Session[]]>, phases = base.phases): PlanDocument => ({
    ...base, after_race: null, phases, days: days.map(([date, sessions]) => ({ date, run: null, sessions })),
  });

  it('reports a session moved within its week, one added and one removed', () => {
    const before = planWith([['2026-11-25', [session('a', 'Strength A')]], ['2026-12-02', [session('b', 'Strength B')]]]);
    const after = planWith([['2026-11-26', [session('a', 'Strength A')]], ['2026-12-09', [session('c', 'Strength B')]]]);
    expect(summarizeChanges(diffPlans(before, after))).toBe('1 session moved, 1 added, 1 removed.');
    expect(summarizeChanges([])).toBe('Nothing changed.');
    expect(diffPlans(before, after).map(describeChange)).toEqual([
      'Moved: Strength A from 2026-11-25 to 2026-11-26',
      'Removed: Strength B on 2026-12-02',
      'Added: Strength B on 2026-12-09',
    ]);
  });
  it('reports a session changed in place, and nothing for an identical plan', () => {
    const before = planWith([['2026-11-25', [session('a', 'Strength A', 30)]]]);
    const after = planWith([['2026-11-25', [{ ...session('a', 'Strength A', 25), intensity: 'light' }]]]);
    expect(diffPlans(before, after).map(describeChange)).toEqual(['Changed: Strength A on 2026-11-25 (30 → 25 min, moderate → light)']);
    expect(diffPlans(base, base)).toEqual([]);
  });
  it('reports phase changes', () => {
    const before = planWith([], [{ name: 'strength', start: '2026-11-23', end: '2027-01-03' }, { name: 'power', start: '2027-01-04', end: '2027-02-01' }]);
    const after = planWith([], [{ name: 'strength', start: '2026-11-23', end: '2027-01-10' }, { name: 'taper', start: '2027-01-11', end: '2027-02-01' }]);
    expect(diffPlans(before, after).map(describeChange)).toEqual([
      'Phase strength: now 2026-11-23 to 2027-01-10 (was 2026-11-23 to 2027-01-03)',
      'Phase dropped: power (was 2027-01-04 to 2027-02-01)',
      'New phase: taper, 2027-01-11 to 2027-02-01',
    ]);
  });
  it('finds the moves in the engine\'s own re-plan (the long run moved to Sunday)', () => {
    const changes = diffPlans(base, fixture('plan-replanned.json'));
    expect(changes[0]).toEqual({ kind: 'moved', from: '2026-11-25', to: '2026-11-23', title: 'Stability A' });
    expect(changes.every((c) => c.kind !== 'dates')).toBe(true);
  });
});
