// The usual running week (contract §3.2 `weekly_template`), drawn as seven day tiles.
import { LABELS, RUN_TYPES, WEEKDAYS, type RunType, type Weekday } from './enums';

export interface DayTile {
  type: RunType;
  /** As typed; empty means "not given". Only offered for days with a run. */
  distanceKm: string;
}

export type WeekTiles = Record<Weekday, DayTile>;

export type TemplateDay = RunType | { type: RunType; distance_km?: number; duration_min?: number };

export interface RunningCalendar {
  weekly_template: Record<Weekday, TemplateDay>;
  runs: Array<{ date: string; type: RunType; distance_km?: number; note?: string }>;
}

/** A common recreational week: three easy runs, one workout, one long run, two rest days. */
export function defaultWeek(): WeekTiles {
  const t = (type: RunType): DayTile => ({ type, distanceKm: '' });
  return {
    mon: t('rest'), tue: t('workout'), wed: t('easy'), thu: t('easy'),
    fri: t('rest'), sat: t('long'), sun: t('easy'),
  };
}

/** The key runs of contract §3.2. */
export function isKeyRun(type: RunType): boolean {
  return type === 'workout' || type === 'long' || type === 'race';
}

export function takesDistance(type: RunType): boolean {
  return type !== 'rest';
}

/** The next run type when a tile is tapped through (rest → easy → … → cross → rest). */
export function nextRunType(type: RunType): RunType {
  const i = RUN_TYPES.indexOf(type);
  return RUN_TYPES[(i + 1) % RUN_TYPES.length] as RunType;
}

export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function validateWeek(week: WeekTiles): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const tile = week[day];
    if (!takesDistance(tile.type) || tile.distanceKm.trim() === '') continue;
    const km = parseDecimal(tile.distanceKm);
    if (km === null || km <= 0 || km > 200) {
      errors[`$.weekly_template.${day}.distance_km`] = `${LABELS.weekday[day]}: enter km as a number, e.g. 8 or 12.5, or leave it empty.`;
    }
  }
  return errors;
}

export function buildCalendar(week: WeekTiles): RunningCalendar {
  const template = {} as Record<Weekday, TemplateDay>;
  for (const day of WEEKDAYS) {
    const tile = week[day];
    const km = takesDistance(tile.type) ? parseDecimal(tile.distanceKm) : null;
    template[day] = km !== null && km > 0 ? { type: tile.type, distance_km: km } : tile.type;
  }
  return { weekly_template: template, runs: [] };
}

export interface WeekSummary {
  runDays: number;
  restDays: number;
  keyRuns: number;
  plannedKm: number;
}

export function summarizeWeek(week: WeekTiles): WeekSummary {
  let runDays = 0, keyRuns = 0, plannedKm = 0;
  for (const day of WEEKDAYS) {
    const { type, distanceKm } = week[day];
    if (type === 'rest') continue;
    if (type !== 'cross') runDays++;
    if (isKeyRun(type)) keyRuns++;
    plannedKm += parseDecimal(distanceKm) ?? 0;
  }
  return { runDays, restDays: WEEKDAYS.filter((d) => week[d].type === 'rest').length, keyRuns, plannedKm };
}
