import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dose, isAssessment, isExercises, isImport, isLoad, isPlan, isStatus, type PlanItem } from './documents';

// The engine's real output (copied from tests/golden and examples/ into e2e/fixtures).
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8'));

describe('answers are checked, not trusted', () => {
  it('accepts the engine documents as emitted', () => {
    expect(isPlan(fixture('plan.json'))).toBe(true);
    expect(isPlan(fixture('plan-replanned.json'))).toBe(true);
    expect(isAssessment(fixture('assessment.json'))).toBe(true);
    expect(isLoad(fixture('load.json'))).toBe(true);
    expect(isImport(fixture('import-every-format.json'))).toBe(true);
    expect(isStatus(fixture('status.json'))).toBe(true);
    expect(isStatus(fixture('status-watch-imports.json'))).toBe(true);
    expect(isExercises(fixture('exercises.json'))).toBe(true);
  });
  it('refuses a wrong schema, a missing array, or a wrong type deep inside', () => {
    expect(isPlan({ ...fixture('plan.json'), schema: 'stride.plan.v2' })).toBe(false);
    const plan = fixture('plan.json');
    plan.days[2].sessions[0].blocks[0].items[0].sets = '2';
    expect(isPlan(plan)).toBe(false);
    const status = fixture('status.json');
    status.week[0].state = 'sleeping';
    expect(isStatus(status)).toBe(false);
    const assessment = fixture('assessment.json');
    delete assessment.routine;
    expect(isAssessment(assessment)).toBe(false);
    expect(isLoad({ ...fixture('load.json'), daily: null })).toBe(false);
    expect(isImport({ schema: 'stride.import.v1', activities: [], errors: [], activity_ids: [null] })).toBe(false);
  });
});

describe('dose', () => {
  const item: PlanItem = {
    exercise: 'step_up', role: 'strength', sets: 2, reps: 15, hold_s: null, contacts: null, per_side: true,
    side_first: 'left', extra_sets_side: 'left', tempo: '4-2-1', rpe: null, pct_1rm: null, rest_s: 45, pair_with: null, why: '',
  };
  it('says sets, reps or hold or contacts, sides, tempo, load and rest', () => {
    expect(dose(item)).toBe('2 × 15 reps each side, +1 set on the left, tempo 4-2-1, rest 45 s');
    expect(dose({ ...item, reps: null, hold_s: 30, per_side: false, extra_sets_side: null, tempo: null, rest_s: 0 })).toBe('2 × 30 s hold');
    expect(dose({ ...item, reps: null, contacts: 20, per_side: false, extra_sets_side: null, tempo: null, pct_1rm: 80, rpe: 8 })).toBe('2 × 20 contacts, RPE 8, 80 % of 1RM, rest 45 s');
  });
});
