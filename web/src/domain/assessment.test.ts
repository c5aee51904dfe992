import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_STEPS, buildAssessment, initialAssessment, startStopwatch, stepForAssessmentField, stopStopwatch,
  stopwatchIdle, stopwatchSeconds, validateAssessment,
} from './assessment';

const COMPENSATIONS = ['feet_turn_out', 'feet_flatten', 'heels_rise', 'knees_cave_in', 'knees_move_out', 'excessive_forward_lean',
  'low_back_arches', 'low_back_rounds', 'asymmetric_weight_shift', 'arms_fall_forward', 'shoulders_elevate', 'head_forward'];

describe('the assessment', () => {
  it('asks every overhead-squat compensation of contract §3.3 in one of seven checkpoints', () => {
    const doc = buildAssessment({ ...initialAssessment('2026-11-20'), balance: { left: '11', right: '34' } });
    expect(Object.keys(doc.overhead_squat).sort()).toEqual([...COMPENSATIONS].sort());
    expect(Object.keys(doc.single_leg_squat).sort()).toEqual(['hip_drop', 'knees_cave_in', 'trunk_rotation']);
    expect(ASSESSMENT_STEPS.slice(0, 7)).toEqual(['feet', 'knees', 'low_back', 'trunk', 'arms', 'shoulders', 'head']);
  });
  it('builds the contract example', () => {
    const s = initialAssessment('2026-11-20');
    s.overhead = { ...s.overhead, feet_turn_out: 'both', knees_cave_in: 'left', excessive_forward_lean: true, arms_fall_forward: true };
    s.singleLeg = { ...s.singleLeg, knees_cave_in: 'left' };
    s.balance = { left: '11', right: '34,04' };
    const doc = buildAssessment(s);
    expect(doc.date).toBe('2026-11-20');
    expect(doc.overhead_squat).toMatchObject({ feet_turn_out: 'both', knees_cave_in: 'left', excessive_forward_lean: true, low_back_arches: false, arms_fall_forward: true, heels_rise: 'none' });
    expect(doc.single_leg_squat).toEqual({ knees_cave_in: 'left', hip_drop: 'none', trunk_rotation: 'none' });
    expect(doc.single_leg_balance_s).toEqual({ left: 11, right: 34 });
  });
  it('refuses the contradictions the engine refuses, only where they overlap', () => {
    const s = initialAssessment('2026-11-20');
    s.overhead.knees_cave_in = 'left';
    s.overhead.knees_move_out = 'right';
    expect(validateAssessment(s, 'knees')).toEqual({});
    s.overhead.knees_move_out = 'both';
    expect(Object.keys(validateAssessment(s, 'knees'))).toEqual(['$.overhead_squat.knees_move_out']);
    expect(validateAssessment(s, 'feet')).toEqual({});
    s.overhead.low_back_arches = true;
    s.overhead.low_back_rounds = true;
    expect(Object.keys(validateAssessment(s, 'low_back'))).toEqual(['$.overhead_squat.low_back_rounds']);
  });
  it('needs both balance times, as numbers', () => {
    const s = initialAssessment('2026-11-20');
    s.balance = { left: '', right: 'ten' };
    expect(validateAssessment(s, 'balance')).toEqual({
      '$.single_leg_balance_s.left': 'Time the left leg, or type the seconds.',
      '$.single_leg_balance_s.right': 'Seconds on the right leg: a number from 0 to 600.',
    });
    s.balance = { left: '0', right: '12.5' };
    expect(validateAssessment(s, 'balance')).toEqual({});
  });
  it('sends a server error to the step holding the field', () => {
    expect(stepForAssessmentField('$.overhead_squat.knees_move_out')).toBe('knees');
    expect(stepForAssessmentField('$.overhead_squat.head_forward')).toBe('head');
    expect(stepForAssessmentField('$.single_leg_squat.hip_drop')).toBe('single_leg_squat');
    expect(stepForAssessmentField('$.single_leg_balance_s.left')).toBe('balance');
    expect(stepForAssessmentField('$.date')).toBe('review');
  });
  it('times the balance with a stopwatch to a tenth of a second', () => {
    const running = startStopwatch(stopwatchIdle, 1_000);
    expect(stopwatchSeconds(running, 12_390)).toBe(11.3);
    const stopped = stopStopwatch(running, 12_990);
    expect(stopped.running).toBe(false);
    expect(stopwatchSeconds(stopped, 99_999)).toBe(11.9);
    expect(stopStopwatch(stopped, 50_000)).toBe(stopped);
  });
});
