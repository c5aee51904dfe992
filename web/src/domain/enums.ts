// The enumerations of contract.md §3.1 and §3.2, spelled exactly as the contract spells them.
// enums.test.ts checks them against the contract's lists (and against contract.md itself when
// the shared specs sit beside the repository).

export const SEXES = ['female', 'male', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];

export const SURFACES = ['road', 'trail', 'track', 'mixed'] as const;
export type Surface = (typeof SURFACES)[number];

export const STRENGTH_EXPERIENCE = ['none', 'beginner', 'intermediate', 'advanced'] as const;
export type StrengthExperience = (typeof STRENGTH_EXPERIENCE)[number];

export const GOAL_EVENTS = ['5k', '10k', 'half_marathon', 'marathon', 'ultra', 'general'] as const;
export type GoalEvent = (typeof GOAL_EVENTS)[number];

export const INJURY_REGIONS = [
  'foot', 'ankle', 'achilles_calf', 'shin', 'knee', 'hip', 'hamstring', 'lower_back', 'other',
] as const;
export type InjuryRegion = (typeof INJURY_REGIONS)[number];

export const SIDES = ['left', 'right', 'both'] as const;
export type Side = (typeof SIDES)[number];

export const INJURY_STATUSES = ['current', 'recovering', 'past'] as const;
export type InjuryStatus = (typeof INJURY_STATUSES)[number];

export const EQUIPMENT = [
  'dumbbells', 'kettlebell', 'barbell', 'squat_rack', 'bench', 'box', 'step', 'resistance_band',
  'miniband', 'foam_roller', 'massage_ball', 'cable', 'medicine_ball', 'pull_up_bar',
  'suspension_trainer', 'slider',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const RUN_TYPES = ['rest', 'easy', 'recovery', 'workout', 'long', 'race', 'cross'] as const;
export type RunType = (typeof RUN_TYPES)[number];

export const ROLES = ['runner', 'coach'] as const;
export type Role = (typeof ROLES)[number];

// What a person reads. Keys are the contract's values; only the labels are ours.
export const LABELS = {
  sex: { female: 'Female', male: 'Male', unspecified: 'Prefer not to say' } satisfies Record<Sex, string>,
  surface: { road: 'Road', trail: 'Trail', track: 'Track', mixed: 'Mixed' } satisfies Record<Surface, string>,
  strength: {
    none: 'None: I have never lifted',
    beginner: 'Beginner: a few months, bodyweight or light',
    intermediate: 'Intermediate: regular lifting for a year or more',
    advanced: 'Advanced: years of structured, heavy lifting',
  } satisfies Record<StrengthExperience, string>,
  event: {
    '5k': '5 km', '10k': '10 km', half_marathon: 'Half marathon', marathon: 'Marathon',
    ultra: 'Ultra', general: 'General fitness (no race)',
  } satisfies Record<GoalEvent, string>,
  region: {
    foot: 'Foot', ankle: 'Ankle', achilles_calf: 'Achilles or calf', shin: 'Shin', knee: 'Knee',
    hip: 'Hip', hamstring: 'Hamstring', lower_back: 'Lower back', other: 'Other',
  } satisfies Record<InjuryRegion, string>,
  side: { left: 'Left', right: 'Right', both: 'Both' } satisfies Record<Side, string>,
  status: {
    current: 'Current: it hurts now', recovering: 'Recovering', past: 'Past: healed',
  } satisfies Record<InjuryStatus, string>,
  equipment: {
    dumbbells: 'Dumbbells', kettlebell: 'Kettlebell', barbell: 'Barbell', squat_rack: 'Squat rack',
    bench: 'Bench', box: 'Plyo box', step: 'Step', resistance_band: 'Resistance band',
    miniband: 'Mini band', foam_roller: 'Foam roller', massage_ball: 'Massage ball', cable: 'Cable machine',
    medicine_ball: 'Medicine ball', pull_up_bar: 'Pull-up bar', suspension_trainer: 'Suspension trainer (TRX)',
    slider: 'Sliders',
  } satisfies Record<Equipment, string>,
  weekday: {
    mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday',
    sat: 'Saturday', sun: 'Sunday',
  } satisfies Record<Weekday, string>,
  weekdayShort: {
    mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun',
  } satisfies Record<Weekday, string>,
  runType: {
    rest: 'Rest', easy: 'Easy', recovery: 'Recovery', workout: 'Workout', long: 'Long run',
    race: 'Race', cross: 'Cross-training',
  } satisfies Record<RunType, string>,
  role: { runner: 'Runner', coach: 'Coach' } satisfies Record<Role, string>,
} as const;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
