// The movement assessment as a sequence of steps (contract §3.3): one per overhead-squat
// checkpoint, then the single-leg squat, then the single-leg balance per side. The state is
// what the runner chose; `buildAssessment` turns it into the document POSTed.
import type { AssessmentInput, SideValue } from './documents';

export type Sided = 'sided';
export type Present = 'present';

export interface Compensation {
  key: string;
  /** Sided compensations are answered none/left/right/both; the others yes/no. */
  kind: Sided | Present;
  label: string;
  /** What to look for, in the runner's words (ours). */
  look: string;
}

export interface Checkpoint {
  id: 'feet' | 'knees' | 'low_back' | 'trunk' | 'arms' | 'shoulders' | 'head';
  title: string;
  view: 'front' | 'side';
  compensations: Compensation[];
}

export const OVERHEAD_SQUAT_CHECKPOINTS: readonly Checkpoint[] = [
  { id: 'feet', title: 'Feet', view: 'front', compensations: [
    { key: 'feet_turn_out', kind: 'sided', label: 'Feet turn out', look: 'The toes point further outward as you go down than when you stood.' },
    { key: 'feet_flatten', kind: 'sided', label: 'Feet flatten', look: 'The arch of the foot collapses towards the floor.' },
    { key: 'heels_rise', kind: 'sided', label: 'Heels rise', look: 'The heel lifts off the floor at the bottom.' },
  ] },
  { id: 'knees', title: 'Knees', view: 'front', compensations: [
    { key: 'knees_cave_in', kind: 'sided', label: 'Knees cave in', look: 'The knee moves inside the line from hip to second toe.' },
    { key: 'knees_move_out', kind: 'sided', label: 'Knees move out', look: 'The knee bows outside the line from hip to second toe.' },
  ] },
  { id: 'low_back', title: 'Low back', view: 'side', compensations: [
    { key: 'low_back_arches', kind: 'present', label: 'Low back arches', look: 'The curve of the low back deepens and the bottom sticks out.' },
    { key: 'low_back_rounds', kind: 'present', label: 'Low back rounds', look: 'The low back flattens and tucks under at the bottom.' },
  ] },
  { id: 'trunk', title: 'Trunk', view: 'side', compensations: [
    { key: 'excessive_forward_lean', kind: 'present', label: 'Excessive forward lean', look: 'Seen from the side, the chest drops so the trunk is no longer parallel to the shins.' },
    { key: 'asymmetric_weight_shift', kind: 'sided', label: 'Weight shifts to one side', look: 'Seen from the front, the hips slide towards one foot. Answer the side the weight shifts towards.' },
  ] },
  { id: 'arms', title: 'Arms', view: 'side', compensations: [
    { key: 'arms_fall_forward', kind: 'present', label: 'Arms fall forward', look: 'The arms drift forward of the ears instead of staying in line with the trunk.' },
  ] },
  { id: 'shoulders', title: 'Shoulders', view: 'front', compensations: [
    { key: 'shoulders_elevate', kind: 'present', label: 'Shoulders rise', look: 'The shoulders shrug up towards the ears.' },
  ] },
  { id: 'head', title: 'Head', view: 'side', compensations: [
    { key: 'head_forward', kind: 'present', label: 'Head juts forward', look: 'The chin pokes forward of the chest instead of staying tucked.' },
  ] },
];

export const SINGLE_LEG_SQUAT: readonly Compensation[] = [
  { key: 'knees_cave_in', kind: 'sided', label: 'Knee caves in', look: 'The knee of the standing leg moves inside the second toe. Answer the standing leg.' },
  { key: 'hip_drop', kind: 'sided', label: 'Hip drops', look: 'The hip of the lifted leg drops below the other. Answer the standing leg.' },
  { key: 'trunk_rotation', kind: 'sided', label: 'Trunk rotates', look: 'The chest turns towards or away from the standing leg. Answer the standing leg.' },
];

export const ASSESSMENT_STEPS = [
  ...OVERHEAD_SQUAT_CHECKPOINTS.map((c) => c.id),
  'single_leg_squat', 'balance', 'review',
] as const;
export type AssessmentStep = (typeof ASSESSMENT_STEPS)[number];

export interface AssessmentState {
  date: string;
  overhead: Record<string, SideValue | boolean>;
  singleLeg: Record<string, SideValue>;
  /** Seconds as typed (or from the stopwatch), per side. */
  balance: { left: string; right: string };
}

export function initialAssessment(date: string): AssessmentState {
  const overhead: Record<string, SideValue | boolean> = {};
  for (const c of OVERHEAD_SQUAT_CHECKPOINTS) for (const k of c.compensations) overhead[k.key] = k.kind === 'sided' ? 'none' : false;
  const singleLeg: Record<string, SideValue> = {};
  for (const k of SINGLE_LEG_SQUAT) singleLeg[k.key] = 'none';
  return { date, overhead, singleLeg, balance: { left: '', right: '' } };
}

function sides(v: SideValue | boolean | undefined): Set<'left' | 'right'> {
  if (v === true || v === 'both') return new Set(['left', 'right']);
  if (v === 'left' || v === 'right') return new Set([v]);
  return new Set();
}

function overlap(a: SideValue | boolean | undefined, b: SideValue | boolean | undefined): boolean {
  const sa = sides(a);
  return [...sides(b)].some((s) => sa.has(s));
}

/** The same checks as the engine's decoder, keyed by the JSON path it would name. */
export function validateAssessment(s: AssessmentState, step?: AssessmentStep): Record<string, string> {
  const errors: Record<string, string> = {};
  const check = (id: AssessmentStep) => step === undefined || step === id || step === 'review';
  if (check('knees') && overlap(s.overhead.knees_cave_in, s.overhead.knees_move_out)) {
    errors['$.overhead_squat.knees_move_out'] = 'A knee cannot both cave in and move out: choose the one you saw for each side.';
  }
  if (check('low_back') && s.overhead.low_back_arches === true && s.overhead.low_back_rounds === true) {
    errors['$.overhead_squat.low_back_rounds'] = 'The low back cannot both arch and round: choose the one you saw.';
  }
  if (check('balance')) {
    for (const side of ['left', 'right'] as const) {
      const text = s.balance[side].trim().replace(',', '.');
      const n = Number(text);
      if (text === '') errors[`$.single_leg_balance_s.${side}`] = `Time the ${side} leg, or type the seconds.`;
      else if (!Number.isFinite(n) || n < 0 || n > 600) errors[`$.single_leg_balance_s.${side}`] = `Seconds on the ${side} leg: a number from 0 to 600.`;
    }
  }
  return errors;
}

export function buildAssessment(s: AssessmentState): AssessmentInput {
  const overhead: AssessmentInput['overhead_squat'] = {};
  for (const c of OVERHEAD_SQUAT_CHECKPOINTS) for (const k of c.compensations) overhead[k.key] = s.overhead[k.key] ?? (k.kind === 'sided' ? 'none' : false);
  return {
    date: s.date,
    overhead_squat: overhead,
    single_leg_squat: { ...s.singleLeg },
    single_leg_balance_s: {
      left: Math.round(Number(s.balance.left.replace(',', '.')) * 10) / 10,
      right: Math.round(Number(s.balance.right.replace(',', '.')) * 10) / 10,
    },
  };
}

/** Which step holds a field the server named, e.g. `$.overhead_squat.knees_move_out` → knees. */
export function stepForAssessmentField(field: string): AssessmentStep {
  if (field.startsWith('$.single_leg_balance_s')) return 'balance';
  if (field.startsWith('$.single_leg_squat')) return 'single_leg_squat';
  const key = field.replace('$.overhead_squat.', '');
  const c = OVERHEAD_SQUAT_CHECKPOINTS.find((cp) => cp.compensations.some((k) => k.key === key));
  return c ? c.id : 'review';
}

// ---- The balance stopwatch: a pure state, times from the caller's clock -------------------------

export type Stopwatch = { running: false; elapsedMs: number } | { running: true; startedAt: number; elapsedMs: number };
export const stopwatchIdle: Stopwatch = { running: false, elapsedMs: 0 };
export function startStopwatch(_: Stopwatch, now: number): Stopwatch { return { running: true, startedAt: now, elapsedMs: 0 }; }
export function stopStopwatch(w: Stopwatch, now: number): Stopwatch {
  return w.running ? { running: false, elapsedMs: now - w.startedAt } : w;
}
export function stopwatchSeconds(w: Stopwatch, now: number): number {
  const ms = w.running ? now - w.startedAt : w.elapsedMs;
  return Math.floor(ms / 100) / 10;
}
