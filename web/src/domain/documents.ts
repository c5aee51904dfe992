// The engine's documents as the pages use them (contract.md §3.3, §3.4, §4; docs/cli.md for
// stride.status.v1), and their checks: an answer is read only after its check passes, so a page
// never renders a half-understood document. Checks look at what the pages use; fields the pages
// do not read may be anything (the engine adds fields freely).
import { isOneOf, SIDES, type InjuryRegion, INJURY_REGIONS } from './enums';

export type Obj = Record<string, unknown>;
export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isNumOrNull = (x: unknown): x is number | null => x === null || isNum(x);
const isStrOrNull = (x: unknown): x is string | null => x === null || isStr(x);
const isDate = (x: unknown): x is string => isStr(x) && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isArrayOf = <T>(x: unknown, f: (y: unknown) => y is T): x is T[] => Array.isArray(x) && x.every(f);
const isId = (x: unknown): x is number | string => isNum(x) || (isStr(x) && x !== '');

// ---- Items and sessions (§4.3), shared by plans and the assessment's routine -------------------

export const ITEM_ROLES = [
  'inhibit', 'lengthen', 'activate', 'integrate', 'mobility', 'strength', 'power', 'plyometric',
  'core', 'balance', 'cool_down', 'rehab',
] as const;
export type ItemRole = (typeof ITEM_ROLES)[number];

export interface PlanItem {
  exercise: string;
  /** The engine adds the exercise's name; older documents may not carry it. */
  name?: string;
  role: ItemRole;
  sets: number;
  reps: number | null;
  hold_s: number | null;
  contacts: number | null;
  per_side: boolean;
  side_first: 'left' | 'right' | null;
  extra_sets_side: 'left' | 'right' | null;
  tempo: string | null;
  rpe: number | null;
  pct_1rm: number | null;
  rest_s: number | null;
  pair_with: string | null;
  /** A load worked out from the runner's logged sets, or set by a coach; absent otherwise. */
  load_kg?: number | null;
  why: string;
}

export function isPlanItem(x: unknown): x is PlanItem {
  return isObject(x) && isStr(x.exercise) && isOneOf(ITEM_ROLES, x.role) && isNum(x.sets)
    && isNumOrNull(x.reps) && isNumOrNull(x.hold_s) && isNumOrNull(x.contacts)
    && typeof x.per_side === 'boolean' && isStrOrNull(x.tempo) && isNumOrNull(x.rpe)
    && isNumOrNull(x.pct_1rm) && isNumOrNull(x.rest_s ?? null) && isStr(x.why)
    && (x.name === undefined || isStr(x.name))
    && (x.side_first === null || x.side_first === undefined || x.side_first === 'left' || x.side_first === 'right')
    && (x.extra_sets_side === null || x.extra_sets_side === undefined || x.extra_sets_side === 'left' || x.extra_sets_side === 'right');
}

export interface Block { name: string; rounds: number; items: PlanItem[] }
export function isBlock(x: unknown): x is Block {
  return isObject(x) && isStr(x.name) && isNum(x.rounds) && isArrayOf(x.items, isPlanItem);
}

export const SESSION_KINDS = ['strength', 'corrective', 'mobility', 'recovery'] as const;
export const INTENSITIES = ['light', 'moderate', 'heavy'] as const;
export interface Session {
  id: string;
  title: string;
  kind: (typeof SESSION_KINDS)[number];
  phase: string;
  intensity: (typeof INTENSITIES)[number];
  minutes: number;
  why: string;
  blocks: Block[];
  /** Changes a coach (or the runner) made after the planner, oldest first (docs/plan-changes.md). */
  changes?: SessionChange[];
  /** Left out by a coach's skip: shown, not to be done. */
  skipped?: boolean;
}
export interface SessionChange { by: string; what: string; why: string }
export function isSession(x: unknown): x is Session {
  return isObject(x) && isStr(x.id) && isStr(x.title) && isOneOf(SESSION_KINDS, x.kind) && isStr(x.phase)
    && isOneOf(INTENSITIES, x.intensity) && isNum(x.minutes) && isStr(x.why) && isArrayOf(x.blocks, isBlock);
}

export interface PlannedRun { type: string; distance_km?: number | null; duration_min?: number | null; note?: string | null }
function isPlannedRun(x: unknown): x is PlannedRun {
  return isObject(x) && isStr(x.type) && isNumOrNull(x.distance_km ?? null) && isNumOrNull(x.duration_min ?? null);
}

export interface PlanDay { date: string; run: PlannedRun | null; sessions: Session[] }
function isPlanDay(x: unknown): x is PlanDay {
  return isObject(x) && isDate(x.date) && (x.run === null || isPlannedRun(x.run)) && isArrayOf(x.sessions, isSession);
}

export const PHASES = ['stabilization', 'strength', 'power', 'maintenance', 'taper', 'recovery'] as const;
export type PhaseName = (typeof PHASES)[number];
export interface Phase { name: PhaseName; start: string; end: string }
export interface PlanWeek { start: string; phase: PhaseName; deload: boolean; strength_sessions: number; week_in_phase?: number; focus?: string }

export interface PlanDocument {
  schema: 'stride.plan.v1';
  id?: number | string;
  athlete: string;
  start: string;
  end: string;
  race: { date: string; event: string } | null;
  phases: Phase[];
  weeks: PlanWeek[];
  days: PlanDay[];
  after_race?: { phase: PhaseName; start: string; end: string; days: PlanDay[] } | null;
  notes: string[];
  warnings: string[];
}

export function isPlan(x: unknown): x is PlanDocument {
  if (!isObject(x) || x.schema !== 'stride.plan.v1') return false;
  const phasesOk = isArrayOf(x.phases, (p): p is Phase => isObject(p) && isOneOf(PHASES, p.name) && isDate(p.start) && isDate(p.end));
  const weeksOk = isArrayOf(x.weeks, (w): w is PlanWeek => isObject(w) && isDate(w.start) && isOneOf(PHASES, w.phase)
    && typeof w.deload === 'boolean' && isNum(w.strength_sessions));
  const after = x.after_race;
  const afterOk = after === undefined || after === null
    || (isObject(after) && isOneOf(PHASES, after.phase) && isDate(after.start) && isDate(after.end) && isArrayOf(after.days, isPlanDay));
  return isStr(x.athlete) && isDate(x.start) && isDate(x.end) && phasesOk && weeksOk
    && isArrayOf(x.days, isPlanDay) && afterOk
    && (x.race === null || x.race === undefined || (isObject(x.race) && isDate(x.race.date) && isStr(x.race.event)))
    && isArrayOf(x.notes, isStr) && isArrayOf(x.warnings, isStr);
}

// ---- Assessment (§3.3 in, §4.2 out) ----------------------------------------------------------

export type SideValue = 'none' | 'left' | 'right' | 'both';
export const SIDE_VALUES = ['none', ...SIDES] as const;

export interface AssessmentInput {
  date: string;
  overhead_squat: Record<string, boolean | SideValue>;
  single_leg_squat: Record<string, SideValue>;
  single_leg_balance_s: { left: number; right: number };
}

export interface Finding { test: string; compensation: string; side: string | null; overactive: string[]; underactive: string[] }
export interface Imbalance { test: string; compensation: string | null; weaker_side: string; left: number | null; right: number | null; difference_pct: number | null }
export interface AssessmentDocument {
  schema: 'stride.assessment.v1';
  id?: number | string;
  date?: string;
  findings: Finding[];
  imbalances: Imbalance[];
  routine: { minutes: number; budget_minutes?: number; blocks: Block[]; left_out?: Array<{ exercise: string; role: string; reason: string }> };
  notes: string[];
}

export function isAssessment(x: unknown): x is AssessmentDocument {
  if (!isObject(x) || x.schema !== 'stride.assessment.v1') return false;
  const r = x.routine;
  return isArrayOf(x.findings, (f): f is Finding => isObject(f) && isStr(f.test) && isStr(f.compensation)
      && isStrOrNull(f.side ?? null) && isArrayOf(f.overactive, isStr) && isArrayOf(f.underactive, isStr))
    && isArrayOf(x.imbalances, (i): i is Imbalance => isObject(i) && isStr(i.test) && isStr(i.weaker_side)
      && isNumOrNull(i.left) && isNumOrNull(i.right) && isNumOrNull(i.difference_pct))
    && isObject(r) && isNum(r.minutes) && isArrayOf(r.blocks, isBlock)
    && (r.left_out === undefined || isArrayOf(r.left_out, (l): l is { exercise: string; role: string; reason: string } => isObject(l) && isStr(l.exercise) && isStr(l.reason)))
    && isArrayOf(x.notes, isStr);
}

// ---- Training log (§3.4) -----------------------------------------------------------------------

export const SPORTS = ['run', 'strength', 'cross', 'other'] as const;
export type Sport = (typeof SPORTS)[number];
export interface LoggedSet { exercise: string; side?: 'left' | 'right' | 'both'; reps?: number; hold_s?: number; load_kg?: number; rpe?: number }
export interface Activity {
  id?: number | string;
  client_id?: string;
  date: string;
  sport: Sport;
  duration_min: number;
  distance_km?: number | null;
  rpe?: number | null;
  avg_hr?: number | null;
  sets?: LoggedSet[];
  note?: string;
}
function isLoggedSet(x: unknown): x is LoggedSet {
  return isObject(x) && isStr(x.exercise) && (x.reps === undefined || x.reps === null || isNum(x.reps))
    && (x.load_kg === undefined || x.load_kg === null || isNum(x.load_kg));
}
export function isActivity(x: unknown): x is Activity {
  return isObject(x) && isDate(x.date) && isOneOf(SPORTS, x.sport) && isNum(x.duration_min)
    && (x.distance_km === undefined || isNumOrNull(x.distance_km))
    && (x.rpe === undefined || isNumOrNull(x.rpe))
    && (x.sets === undefined || x.sets === null || isArrayOf(x.sets, isLoggedSet));
}
export function isActivityList(x: unknown): x is { activities: Activity[] } {
  return isObject(x) && isArrayOf(x.activities, isActivity);
}

export const PAIN_WHEN = ['during', 'after', 'next_morning'] as const;
export type PainWhen = (typeof PAIN_WHEN)[number];
export interface PainEntry { id?: number | string; client_id?: string; date: string; region: InjuryRegion; side: 'left' | 'right' | 'both'; score: number; when: PainWhen }
export function isPainEntry(x: unknown): x is PainEntry {
  return isObject(x) && isDate(x.date) && isOneOf(INJURY_REGIONS, x.region) && isOneOf(SIDES, x.side)
    && isNum(x.score) && x.score >= 0 && x.score <= 10 && isOneOf(PAIN_WHEN, x.when);
}
export function isPainList(x: unknown): x is { pain: PainEntry[] } {
  return isObject(x) && isArrayOf(x.pain, isPainEntry);
}

// ---- Load (§4.4) ------------------------------------------------------------------------------

export interface LoadDay {
  date: string; load: number; acute_ewma: number; chronic_ewma: number; acwr_ewma: number | null;
  acute_7d: number | null; chronic_28d: number | null; acwr_rolling: number | null;
  ctl: number; atl: number; tsb: number;
}
export interface LoadWeek { start: string; run_distance_km: number; distance_change_pct: number | null; load: number; monotony: number | null; strain: number | null }
export interface Flag { date: string; code: string; severity: string; message: string; evidence: string }
export interface LoadDocument { schema: 'stride.load.v1'; as_of: string | null; daily: LoadDay[]; weeks: LoadWeek[]; flags: Flag[] }

const isFlag = (f: unknown): f is Flag => isObject(f) && isStr(f.date) && isStr(f.code) && isStr(f.severity) && isStr(f.message) && isStr(f.evidence);

export function isLoad(x: unknown): x is LoadDocument {
  return isObject(x) && x.schema === 'stride.load.v1'
    && isArrayOf(x.daily, (d): d is LoadDay => isObject(d) && isDate(d.date) && isNum(d.load) && isNum(d.acute_ewma)
      && isNum(d.chronic_ewma) && isNum(d.ctl) && isNum(d.atl) && isNum(d.tsb))
    && isArrayOf(x.weeks, (w): w is LoadWeek => isObject(w) && isDate(w.start) && isNum(w.run_distance_km) && isNum(w.load))
    && isArrayOf(x.flags, isFlag);
}

// ---- Status (docs/cli.md) ---------------------------------------------------------------------

export const DAY_STATES = ['rest', 'planned', 'today', 'done', 'partly_done', 'missed', 'unplanned'] as const;
export interface StatusItem { block: string; exercise: string; sets: number; reps: number | null; hold_s: number | null; contacts: number | null; per_side: boolean; load_kg: number | null }
export interface StatusSession { id: string; title: string; kind: string; intensity: string; minutes: number; items: StatusItem[]; skipped?: boolean }
export interface StatusDone { sport: string; duration_min: number; distance_km: number | null; rpe: number | null; race: boolean; sets: number }
export interface StatusDay { date: string; state: (typeof DAY_STATES)[number]; run: PlannedRun | null; sessions: StatusSession[]; done: StatusDone[] }
export interface Prediction { label: string; distance_km: number; method: string; minutes: number; caveat: string }
export interface Reading { measure: string; value: number; population_band: string }
export interface RunningDynamics {
  from: string; to: string; recorded_runs: number; readings: Reading[];
  cadence_cue: { own_spm: number; low_spm: number; high_spm: number; reason: string } | null;
}
export interface Swaps {
  level: string; from: string; to: string;
  runs: Array<{ date: string; instead: string; planned: PlannedRun }>;
  sessions: Array<{ date: string; title: string; instead: string }>;
}
export interface StatusDocument {
  schema: 'stride.status.v1';
  date: string;
  athlete: { id: number | string; name: string };
  plan: { id: number | string; start: string; end: string; race_date: string | null; week: { start: string; phase: string; week_in_phase: number; deload: boolean; focus: string } | null } | null;
  week: StatusDay[];
  load: (LoadDay & {
    form: { percent_of_fitness: number; band: string; log_days: number; short_log: boolean } | null;
    week_comparison: { this_week: { from: string; to: string; run_distance_km: number; load: number } | null; last_week: { from: string; to: string; run_distance_km: number; load: number } | null; distance_change_pct: number | null; load_change_pct: number | null } | null;
  }) | null;
  flags: Flag[];
  pain: PainEntry[];
  predictions: Prediction[];
  running_dynamics: RunningDynamics | null;
  advice: string[];
  swaps: Swaps | null;
}

export function isStatus(x: unknown): x is StatusDocument {
  if (!isObject(x) || x.schema !== 'stride.status.v1') return false;
  const rd = x.running_dynamics;
  return isDate(x.date) && isObject(x.athlete) && isStr(x.athlete.name)
    && (x.plan === null || (isObject(x.plan) && isDate(x.plan.start) && isDate(x.plan.end)))
    && isArrayOf(x.week, (d): d is StatusDay => isObject(d) && isDate(d.date) && isOneOf(DAY_STATES, d.state)
      && (d.run === null || isPlannedRun(d.run))
      && isArrayOf(d.sessions, (s): s is StatusSession => isObject(s) && isStr(s.id) && isStr(s.title) && Array.isArray(s.items))
      && isArrayOf(d.done, (a): a is StatusDone => isObject(a) && isStr(a.sport) && isNum(a.duration_min)))
    && (x.load === null || (isObject(x.load) && isNum(x.load.ctl) && isNum(x.load.atl) && isNum(x.load.tsb)))
    && isArrayOf(x.flags, isFlag) && isArrayOf(x.pain, isPainEntry)
    && isArrayOf(x.predictions, (p): p is Prediction => isObject(p) && isStr(p.label) && isNum(p.minutes) && isStr(p.caveat) && isStr(p.method))
    && (rd === null || (isObject(rd) && isNum(rd.recorded_runs)
      && isArrayOf(rd.readings, (r): r is Reading => isObject(r) && isStr(r.measure) && isNum(r.value) && isStr(r.population_band))))
    && isArrayOf(x.advice, isStr)
    && (x.swaps === null || (isObject(x.swaps) && isStr(x.swaps.level) && Array.isArray(x.swaps.runs) && Array.isArray(x.swaps.sessions)));
}

// ---- Import (§4.5) -----------------------------------------------------------------------------

export interface ImportedActivity {
  id?: number | string;
  source: string; format: string; sport: string | null; start_time: string | null;
  timer_s: number | null; elapsed_s: number | null; distance_m: number | null;
  avg_hr_bpm: number | null; avg_cadence_spm: number | null; warnings: string[];
}
export interface ImportDocument {
  schema: 'stride.import.v1';
  activities: ImportedActivity[];
  errors: Array<{ source: string; message: string }>;
  /** The stored activities' ids (api.md: "plus the stored ids"). */
  activity_ids?: Array<number | string>;
}
export function isImport(x: unknown): x is ImportDocument {
  return isObject(x) && x.schema === 'stride.import.v1'
    && isArrayOf(x.activities, (a): a is ImportedActivity => isObject(a) && isStr(a.source) && isStr(a.format)
      && isNumOrNull(a.distance_m) && isNumOrNull(a.timer_s) && isStrOrNull(a.start_time))
    && isArrayOf(x.errors, (e): e is { source: string; message: string } => isObject(e) && isStr(e.message))
    && (x.activity_ids === undefined || isArrayOf(x.activity_ids, isId));
}

// ---- Exercises (§4.1) ----------------------------------------------------------------------------

export interface Exercise {
  id: string; name: string; pattern: string; equipment: string[]; unilateral: boolean; level: number;
  regression: string | null; progression: string | null; cues: string[]; description?: string;
}
export interface ExercisesDocument { schema: 'stride.exercises.v1'; exercises: Exercise[] }
export function isExercises(x: unknown): x is ExercisesDocument {
  return isObject(x) && x.schema === 'stride.exercises.v1'
    && isArrayOf(x.exercises, (e): e is Exercise => isObject(e) && isStr(e.id) && isStr(e.name)
      && isStrOrNull(e.regression ?? null) && isStrOrNull(e.progression ?? null) && isArrayOf(e.cues, isStr));
}

// ---- Accounts extras (api.md §3, §4) ------------------------------------------------------------

export interface TokenSummary { id: number | string; name: string; created: string; last_used: string | null }
export function isTokenList(x: unknown): x is { tokens: TokenSummary[] } {
  return isObject(x) && isArrayOf(x.tokens, (t): t is TokenSummary => isObject(t) && isId(t.id) && isStr(t.name)
    && isStr(t.created) && isStrOrNull(t.last_used ?? null));
}
export function isNewToken(x: unknown): x is { id: number | string; name: string; token: string } {
  return isObject(x) && isId(x.id) && isStr(x.name) && isStr(x.token) && x.token !== '';
}
export interface CoachSummary { account_id: number | string; display_name: string }

// ---- Small shared helpers -------------------------------------------------------------------

/** "Step-up" from "step_up" when the document carries no name. */
export function exerciseName(item: { exercise: string; name?: string }, exercises?: Map<string, Exercise>): string {
  return item.name ?? exercises?.get(item.exercise)?.name ?? humanize(item.exercise);
}
export function humanize(id: string): string {
  const s = id.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The dose as a runner reads it: "2 × 15 reps each side, tempo 4-2-1, rest 45 s". */
export function dose(item: PlanItem): string {
  const what = item.reps !== null ? `${item.reps} reps`
    : item.hold_s !== null ? `${item.hold_s} s hold`
    : item.contacts !== null ? `${item.contacts} contacts` : '';
  const parts = [`${item.sets} × ${what}${item.per_side ? ' each side' : ''}`.trim()];
  if (item.extra_sets_side) parts.push(`+1 set on the ${item.extra_sets_side}`);
  if (item.tempo) parts.push(`tempo ${item.tempo}`);
  if (item.rpe !== null) parts.push(`RPE ${item.rpe}`);
  if (item.pct_1rm !== null) parts.push(`${item.pct_1rm} % of 1RM`);
  if (item.rest_s) parts.push(`rest ${item.rest_s} s`);
  return parts.join(', ');
}
