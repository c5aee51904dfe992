import { describe, expect, it } from 'vitest';
import type { PlanItem, Session } from './documents';
import {
  addRest, newClientId, plannedSets, restRemaining, startRest, startTraining, toActivity, train, trainFromJson, trainToJson,
} from './training';

const item = (over: Partial<PlanItem>): PlanItem => ({
  exercise: 'split_squat', name: 'Split squat', role: 'strength', sets: 2, reps: 8, hold_s: null, contacts: null, per_side: false,
  side_first: null, extra_sets_side: null, tempo: null, rpe: 7, pct_1rm: null, rest_s: 60, pair_with: null, why: 'why', ...over,
});
const session = (items: PlanItem[], rounds = 1): Session => ({
  id: 's1', title: 'Strength A', kind: 'strength', phase: 'strength', intensity: 'moderate', minutes: 30, why: '', blocks: [{ name: 'main', rounds, items }],
});

describe('planned sets', () => {
  it('gives both sides of a one-side set before resting, the weaker side first with its extra set', () => {
    const sets = plannedSets(session([item({ per_side: true, side_first: 'right', extra_sets_side: 'right' })]));
    expect(sets.map((s) => `${s.side}${s.setNumber}/${s.setCount}:${s.rest_s}`)).toEqual([
      'right1/3:0', 'left1/2:60', 'right2/3:0', 'left2/2:60', 'right3/3:60',
    ]);
  });
  it('gives bilateral sets, holds and contacts, and repeats rounds', () => {
    const sets = plannedSets(session([item({ sets: 1 }), item({ exercise: 'plank', sets: 1, reps: null, hold_s: 30 })], 2), { split_squat: 20 });
    expect(sets.map((s) => `${s.exercise}:${s.measure}:${s.target}:${s.side}:${s.load_kg}`)).toEqual([
      'split_squat:reps:8:both:20', 'plank:hold_s:30:both:null', 'split_squat:reps:8:both:20', 'plank:hold_s:30:both:null',
    ]);
  });
});

describe('logging a session', () => {
  const s0 = startTraining(session([item({ per_side: true })]), '2026-12-07', 'cid', 0, { split_squat: 16 });
  it('pre-fills from the plan and the last load, confirms in one step and starts the rest after both sides', () => {
    expect(s0.draft).toEqual({ reps: 8, load_kg: 16, rpe: 7, side: 'left', skipped: false });
    const s1 = train(s0, { type: 'confirm', now: 1000 });
    expect(s1.cursor).toBe(1);
    expect(s1.rest.endsAt).toBeNull();
    expect(s1.draft.side).toBe('right');
    const s2 = train(s1, { type: 'confirm', now: 2000 });
    expect(restRemaining(s2.rest, 2000)).toBe(60);
    expect(restRemaining(s2.rest, 31_500)).toBe(31);
    expect(restRemaining(s2.rest, 70_000)).toBe(0);
  });
  it('adjusts within bounds, carries an adjusted load to the next set, skips, goes back and finishes', () => {
    let s = train(s0, { type: 'adjust', field: 'reps', value: 6 });
    s = train(s, { type: 'adjust', field: 'load_kg', value: 18.5 });
    s = train(s, { type: 'adjust', field: 'rpe', value: 12 });
    expect(s.draft).toMatchObject({ reps: 6, load_kg: 18.5, rpe: 10 });
    s = train(s, { type: 'confirm', now: 0 });
    expect(s.draft.load_kg).toBe(18.5);
    s = train(s, { type: 'skip' });
    s = train(s, { type: 'back' });
    expect(s.cursor).toBe(1);
    expect(s.draft.skipped).toBe(true);
    s = train(s, { type: 'go', index: 4 });
    expect(s.stage).toBe('finish');
    expect(train(s, { type: 'confirm', now: 0 })).toBe(s);
    s = train(s, { type: 'sessionRpe', value: 6.6 });
    expect(s.sessionRpe).toBe(7);
  });
  it('changes the side of a one-side set only', () => {
    const s = train(s0, { type: 'side', side: 'right' });
    expect(s.draft.side).toBe('right');
    expect(toActivity(train(train(s, { type: 'confirm', now: 0 }), { type: 'finishEarly' }), 60_000).sets).toEqual([
      { exercise: 'split_squat', side: 'right', reps: 8, load_kg: 16, rpe: 7 },
    ]);
    const both = startTraining(session([item({})]), '2026-12-07', 'c2', 0);
    expect(train(both, { type: 'side', side: 'left' })).toBe(both);
  });
  it('saves one strength activity with its client_id, skipped sets left out', () => {
    let s = train(s0, { type: 'confirm', now: 0 });
    s = train(s, { type: 'skip' });
    s = train(s, { type: 'finishEarly' });
    s = train(s, { type: 'sessionRpe', value: 6 });
    expect(toActivity(s, 31 * 60_000 + 20_000)).toEqual({
      client_id: 'cid', date: '2026-12-07', sport: 'strength', duration_min: 31, rpe: 6, note: 'Strength A',
      sets: [{ exercise: 'split_squat', side: 'left', reps: 8, load_kg: 16, rpe: 7 }],
    });
  });
  it('keeps the session in storage and reads back only what it wrote', () => {
    const s = train(s0, { type: 'confirm', now: 5 });
    expect(trainFromJson(trainToJson(s))).toEqual(s);
    expect(trainFromJson(null)).toBeNull();
    expect(trainFromJson('{broken')).toBeNull();
    expect(trainFromJson(JSON.stringify({ ...s, version: 2 }))).toBeNull();
    expect(trainFromJson(JSON.stringify({ ...s, cursor: 99 }))).toBeNull();
    expect(trainFromJson(JSON.stringify({ ...s, entries: [] }))).toBeNull();
  });
});

describe('rest timer and ids', () => {
  it('adds time to a running rest, and starts one when none runs', () => {
    const t = startRest(30, 0);
    expect(restRemaining(addRest(t, 15, 10_000), 10_000)).toBe(35);
    expect(restRemaining(addRest(startRest(0, 0), 15, 0), 0)).toBe(15);
  });
  it('makes version-4 UUIDs', () => {
    expect(newClientId(() => new Uint8Array(16).fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});
