// The onboarding wizard's state and the athlete document of contract §3.1 it builds.
// Inputs are kept as the text typed; numbers are parsed only when a step is checked or the
// document is built. Errors are keyed by the document's JSON path (`$.running.weekly_distance_km`),
// the same path the API names in an error's `field`, so both land on the same input.
import type { OnboardingStep } from './route';
import { defaultWeek, validateWeek, type WeekTiles } from './calendar';
import {
  EQUIPMENT, GOAL_EVENTS, INJURY_REGIONS, INJURY_STATUSES, SEXES, SIDES, STRENGTH_EXPERIENCE, SURFACES,
  RUN_TYPES, WEEKDAYS, isOneOf,
  type Equipment, type GoalEvent, type InjuryRegion, type InjuryStatus, type Sex, type Side,
  type StrengthExperience, type Surface, type Weekday,
} from './enums';
import { parseDecimal } from './calendar';
import type { FieldErrors } from './account';

export interface InjuryDraft {
  region: InjuryRegion | '';
  side: Side | '';
  status: InjuryStatus | '';
  /** `YYYY-MM` or `YYYY-MM-DD`, optional. */
  date: string;
}

export interface WizardState {
  name: string;
  sex: Sex | '';
  birthYear: string;
  bodyMassKg: string;
  experienceYears: string;
  weeklyDistanceKm: string;
  longestRunKm: string;
  surface: Surface;
  strengthExperience: StrengthExperience | '';
  event: GoalEvent | '';
  raceDate: string;
  targetTime: string;
  injuries: InjuryDraft[];
  equipment: Equipment[];
  sessionsPerWeek: number;
  sessionMinutes: number;
  days: Weekday[];
  week: WeekTiles;
}

export interface AthleteDocument {
  name: string;
  sex?: Sex;
  birth_year?: number;
  body_mass_kg?: number;
  running: { experience_years: number; weekly_distance_km: number; longest_run_km?: number; surface: Surface };
  strength_experience: StrengthExperience;
  goal: { event: GoalEvent; race_date?: string; target_time?: string };
  injuries: Array<{ region: InjuryRegion; side: Side; status: InjuryStatus; date?: string }>;
  equipment: Equipment[];
  availability: { strength_sessions_per_week: number; session_minutes: number; days: Weekday[] };
}

export const SESSIONS_PER_WEEK = { min: 1, max: 4, default: 2 } as const;
export const SESSION_MINUTES = { min: 15, max: 90, default: 30, step: 5 } as const;

export function initialWizardState(displayName = ''): WizardState {
  return {
    name: displayName,
    sex: '',
    birthYear: '',
    bodyMassKg: '',
    experienceYears: '',
    weeklyDistanceKm: '',
    longestRunKm: '',
    surface: 'road',
    strengthExperience: '',
    event: '',
    raceDate: '',
    targetTime: '',
    injuries: [],
    equipment: [],
    sessionsPerWeek: SESSIONS_PER_WEEK.default,
    sessionMinutes: SESSION_MINUTES.default,
    days: [...WEEKDAYS],
    week: defaultWeek(),
  };
}

export function emptyInjury(): InjuryDraft {
  return { region: '', side: '', status: '', date: '' };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const TARGET_TIME = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$/;

export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isValidMonthOrDate(text: string): boolean {
  const m = MONTH.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isValidDate(text);
}

function parseWhole(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** Checks one step; `today` is `YYYY-MM-DD` (the race must be after it). */
export function validateStep(step: OnboardingStep, s: WizardState, today: string): FieldErrors {
  const e: FieldErrors = {};
  switch (step) {
    case 'about': {
      if (s.name.trim() === '') e['$.name'] = 'Enter your name.';
      if (s.birthYear.trim() !== '') {
        const y = parseWhole(s.birthYear);
        const thisYear = Number(today.slice(0, 4));
        if (y === null || y < 1900 || y > thisYear - 10) e['$.birth_year'] = `Enter a year between 1900 and ${thisYear - 10}.`;
      }
      if (s.bodyMassKg.trim() !== '') {
        const kg = parseDecimal(s.bodyMassKg);
        if (kg === null || kg < 25 || kg > 250) e['$.body_mass_kg'] = 'Enter your body mass in kg, between 25 and 250.';
      }
      break;
    }
    case 'running': {
      const years = parseDecimal(s.experienceYears);
      if (s.experienceYears.trim() === '') e['$.running.experience_years'] = 'Enter how many years you have been running (0 if you are new).';
      else if (years === null || years > 80) e['$.running.experience_years'] = 'Enter a number of years, e.g. 0, 1.5 or 4.';
      const km = parseDecimal(s.weeklyDistanceKm);
      if (s.weeklyDistanceKm.trim() === '') e['$.running.weekly_distance_km'] = 'Enter your usual weekly distance in km (0 if none yet).';
      else if (km === null || km > 400) e['$.running.weekly_distance_km'] = 'Enter a distance in km, e.g. 25.';
      if (s.longestRunKm.trim() !== '') {
        const longest = parseDecimal(s.longestRunKm);
        if (longest === null || longest > 400) e['$.running.longest_run_km'] = 'Enter a distance in km, e.g. 12.';
      }
      if (!isOneOf(SURFACES, s.surface)) e['$.running.surface'] = 'Choose the surface you run on most.';
      if (!isOneOf(STRENGTH_EXPERIENCE, s.strengthExperience)) e['$.strength_experience'] = 'Choose your strength-training experience.';
      break;
    }
    case 'goal': {
      if (!isOneOf(GOAL_EVENTS, s.event)) { e['$.goal.event'] = 'Choose a goal race, or general fitness.'; break; }
      if (s.event !== 'general') {
        if (s.raceDate === '') e['$.goal.race_date'] = 'Enter the date of your race.';
        else if (!isValidDate(s.raceDate)) e['$.goal.race_date'] = 'Enter a date as YYYY-MM-DD.';
        else if (s.raceDate <= today) e['$.goal.race_date'] = 'The race date must be after today.';
        if (s.targetTime.trim() !== '' && !TARGET_TIME.test(s.targetTime.trim())) {
          e['$.goal.target_time'] = 'Write a time as h:mm:ss or mm:ss, e.g. 1:45:00, or leave it empty.';
        }
      }
      break;
    }
    case 'injuries': {
      s.injuries.forEach((inj, i) => {
        const which = `Injury ${i + 1}`;
        if (!isOneOf(INJURY_REGIONS, inj.region)) e[`$.injuries[${i}].region`] = `${which}: choose where it is.`;
        if (!isOneOf(SIDES, inj.side)) e[`$.injuries[${i}].side`] = `${which}: choose a side.`;
        if (!isOneOf(INJURY_STATUSES, inj.status)) e[`$.injuries[${i}].status`] = `${which}: choose how it is now.`;
        if (inj.date.trim() !== '') {
          if (!isValidMonthOrDate(inj.date.trim())) e[`$.injuries[${i}].date`] = `${which}: write the month as YYYY-MM, or leave it empty.`;
          else if (inj.date.trim().slice(0, 7) > today.slice(0, 7)) e[`$.injuries[${i}].date`] = `${which}: that month is in the future.`;
        }
      });
      break;
    }
    case 'equipment': {
      if (s.equipment.some((x) => !isOneOf(EQUIPMENT, x))) e['$.equipment'] = 'Unknown equipment.';
      break;
    }
    case 'availability': {
      const n = s.sessionsPerWeek;
      if (!Number.isInteger(n) || n < SESSIONS_PER_WEEK.min || n > SESSIONS_PER_WEEK.max) {
        e['$.availability.strength_sessions_per_week'] = `Choose ${SESSIONS_PER_WEEK.min} to ${SESSIONS_PER_WEEK.max} sessions a week.`;
      }
      const m = s.sessionMinutes;
      if (!Number.isInteger(m) || m < SESSION_MINUTES.min || m > SESSION_MINUTES.max) {
        e['$.availability.session_minutes'] = `Choose ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max} minutes.`;
      }
      if (s.days.length === 0) e['$.availability.days'] = 'Choose at least one day for strength sessions.';
      else if (Number.isInteger(n) && s.days.length < n) {
        e['$.availability.days'] = `Choose at least ${n} days for ${n} sessions a week, or fewer sessions.`;
      }
      break;
    }
    case 'week':
      Object.assign(e, validateWeek(s.week));
      break;
    case 'review':
      break;
  }
  return e;
}

export function validateAll(steps: readonly OnboardingStep[], s: WizardState, today: string): FieldErrors {
  return Object.assign({}, ...steps.map((step) => validateStep(step, s, today)));
}

/** The wizard step that holds the input for a JSON path (from our checks or the API's `field`). */
export function stepForField(field: string): OnboardingStep {
  if (field.startsWith('$.running') || field.startsWith('$.strength_experience')) return 'running';
  if (field.startsWith('$.goal')) return 'goal';
  if (field.startsWith('$.injuries')) return 'injuries';
  if (field.startsWith('$.equipment')) return 'equipment';
  if (field.startsWith('$.availability')) return 'availability';
  if (field.startsWith('$.weekly_template') || field.startsWith('$.runs')) return 'week';
  return 'about';
}

/** The athlete document of contract §3.1. Call after validateAll found nothing. */
export function buildAthlete(s: WizardState): AthleteDocument {
  const doc: AthleteDocument = {
    name: s.name.trim(),
    running: {
      experience_years: parseDecimal(s.experienceYears) ?? 0,
      weekly_distance_km: parseDecimal(s.weeklyDistanceKm) ?? 0,
      surface: s.surface,
    },
    strength_experience: s.strengthExperience as StrengthExperience,
    goal: { event: s.event as GoalEvent },
    injuries: s.injuries.map((inj) => {
      const out: AthleteDocument['injuries'][number] = {
        region: inj.region as InjuryRegion, side: inj.side as Side, status: inj.status as InjuryStatus,
      };
      if (inj.date.trim() !== '') out.date = inj.date.trim();
      return out;
    }),
    // In the contract's order, whatever order they were ticked in.
    equipment: EQUIPMENT.filter((x) => s.equipment.includes(x)),
    availability: {
      strength_sessions_per_week: s.sessionsPerWeek,
      session_minutes: s.sessionMinutes,
      days: WEEKDAYS.filter((d) => s.days.includes(d)),
    },
  };
  if (s.sex !== '') doc.sex = s.sex;
  const year = parseWhole(s.birthYear);
  if (year !== null) doc.birth_year = year;
  const kg = parseDecimal(s.bodyMassKg);
  if (kg !== null) doc.body_mass_kg = kg;
  const longest = parseDecimal(s.longestRunKm);
  if (longest !== null) doc.running.longest_run_km = longest;
  if (s.event !== 'general' && s.event !== '') {
    doc.goal.race_date = s.raceDate;
    if (s.targetTime.trim() !== '') doc.goal.target_time = s.targetTime.trim();
  }
  return doc;
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The version of a saved wizard draft; bump it when WizardState changes shape. */
export const DRAFT_VERSION = 1;

export function draftToJson(s: WizardState): string {
  return JSON.stringify({ version: DRAFT_VERSION, state: s });
}

/**
 * A wizard draft read back from storage, checked field by field: anything of the wrong type or
 * outside the contract's lists is replaced by its initial value, and a draft of another version
 * is dropped. Never throws.
 */
export function draftFromJson(text: string | null, displayName = ''): WizardState | null {
  if (text === null) return null;
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch { return null; }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { version, state } = parsed as { version?: unknown; state?: unknown };
  if (version !== DRAFT_VERSION || typeof state !== 'object' || state === null) return null;
  const d = state as Record<string, unknown>;
  const base = initialWizardState(displayName);
  const str = (k: keyof WizardState) => (typeof d[k] === 'string' ? (d[k] as string) : (base[k] as string));
  const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T | ''): T | '' =>
    isOneOf(list, v) ? v : fallback;
  const int = (v: unknown, lo: number, hi: number, fallback: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? v : fallback;
  const week = { ...base.week };
  if (typeof d.week === 'object' && d.week !== null) {
    for (const day of WEEKDAYS) {
      const t = (d.week as Record<string, unknown>)[day] as { type?: unknown; distanceKm?: unknown } | undefined;
      if (t && isOneOf(RUN_TYPES, t.type)) week[day] = { type: t.type, distanceKm: typeof t.distanceKm === 'string' ? t.distanceKm : '' };
    }
  }
  return {
    name: str('name'),
    sex: oneOf(SEXES, d.sex, ''),
    birthYear: str('birthYear'),
    bodyMassKg: str('bodyMassKg'),
    experienceYears: str('experienceYears'),
    weeklyDistanceKm: str('weeklyDistanceKm'),
    longestRunKm: str('longestRunKm'),
    surface: (oneOf(SURFACES, d.surface, 'road') || 'road') as Surface,
    strengthExperience: oneOf(STRENGTH_EXPERIENCE, d.strengthExperience, ''),
    event: oneOf(GOAL_EVENTS, d.event, ''),
    raceDate: str('raceDate'),
    targetTime: str('targetTime'),
    injuries: Array.isArray(d.injuries)
      ? d.injuries.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null).slice(0, 20).map((x) => ({
          region: oneOf(INJURY_REGIONS, x.region, ''),
          side: oneOf(SIDES, x.side, ''),
          status: oneOf(INJURY_STATUSES, x.status, ''),
          date: typeof x.date === 'string' ? x.date : '',
        }))
      : [],
    equipment: Array.isArray(d.equipment) ? [...new Set(d.equipment.filter((e): e is Equipment => isOneOf(EQUIPMENT, e)))] : [],
    sessionsPerWeek: int(d.sessionsPerWeek, SESSIONS_PER_WEEK.min, SESSIONS_PER_WEEK.max, base.sessionsPerWeek),
    sessionMinutes: int(d.sessionMinutes, SESSION_MINUTES.min, SESSION_MINUTES.max, base.sessionMinutes),
    days: Array.isArray(d.days) ? [...new Set(d.days.filter((w): w is Weekday => isOneOf(WEEKDAYS, w)))] : base.days,
    week,
  };
}

/**
 * The wizard's state from a stored athlete document (the inverse of buildAthlete), so Settings
 * edits the profile with the wizard's own steps and checks. The running week is not part of the
 * athlete document; it keeps the default tiles and is not sent from Settings.
 */
export function wizardFromAthlete(doc: AthleteDocument): WizardState {
  const s = initialWizardState(doc.name);
  const text = (n: number | undefined) => (n === undefined || n === null ? '' : String(n));
  return {
    ...s,
    name: doc.name,
    sex: doc.sex ?? '',
    birthYear: text(doc.birth_year),
    bodyMassKg: text(doc.body_mass_kg),
    experienceYears: text(doc.running.experience_years),
    weeklyDistanceKm: text(doc.running.weekly_distance_km),
    longestRunKm: text(doc.running.longest_run_km),
    surface: doc.running.surface ?? 'road',
    strengthExperience: doc.strength_experience,
    event: doc.goal?.event ?? '',
    raceDate: doc.goal?.race_date ?? '',
    targetTime: doc.goal?.target_time ?? '',
    injuries: (doc.injuries ?? []).map((i) => ({ region: i.region, side: i.side, status: i.status, date: i.date ?? '' })),
    equipment: EQUIPMENT.filter((e) => (doc.equipment ?? []).includes(e)),
    sessionsPerWeek: doc.availability?.strength_sessions_per_week ?? SESSIONS_PER_WEEK.default,
    sessionMinutes: doc.availability?.session_minutes ?? SESSION_MINUTES.default,
    days: WEEKDAYS.filter((d) => (doc.availability?.days ?? []).includes(d)),
  };
}

/**
 * The body of PUT athletes/{id}: the wizard's document, plus the parts of the stored one the
 * wizard does not edit (`heart_rate`, `postpartum`). Nothing else: the engine's decoder refuses
 * unknown keys, such as the `id` a GET may add.
 */
export const ATHLETE_KEPT_KEYS = ['heart_rate', 'postpartum'] as const;
export function athleteForPut(stored: Record<string, unknown>, built: AthleteDocument): AthleteDocument & Record<string, unknown> {
  const out: AthleteDocument & Record<string, unknown> = { ...built };
  for (const k of ATHLETE_KEPT_KEYS) if (stored[k] !== undefined) out[k] = stored[k];
  return out;
}
