// The coach's roster (GET /api/v1/roster, docs/http.md): its validator, the order "needs
// attention first", the filters and the words each column shows.
import { isObject, isPainEntry, type PainEntry } from './documents';
import { parseDay } from './plancal';

/** The server's attention codes (docs/http.md), most pressing first: the order "needs attention first" sorts by. */
export const ATTENTION_REASONS = ['warning_flag', 'rising_pain', 'missed_sessions', 'no_recent_activity'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];
export const ATTENTION_LABELS: Record<AttentionReason, string> = {
  warning_flag: 'Warning flag',
  rising_pain: 'Pain above 5/10 or rising',
  missed_sessions: 'Missed sessions',
  no_recent_activity: 'Nothing logged for 10 days',
};

/** The contract's flag codes (contract §4.4) in a coach's words; an unknown code is shown as it is. */
export const FLAG_LABELS: Record<string, string> = {
  single_run_spike: 'Run longer than usual',
  weekly_distance_jump: 'Weekly distance jump',
  pain: 'Pain',
  pain_rising: 'Pain rising',
  monotony_high: 'Monotonous week',
  acwr_high: 'Load well above usual',
};
export const flagLabel = (code: string) => FLAG_LABELS[code] ?? code;

export const SEVERITIES = ['info', 'caution', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface RosterEntry {
  id: number | string;
  name: string;
  owner: boolean;
  next_race: { date: string; event: string } | null;
  phase: string | null;
  compliance_7d: number | null;
  compliance_28d: number | null;
  flags: string[];
  last_activity: string | null;
  worst_flag: Severity | null;
  week_sessions: { planned: number; done: number };
  latest_pain: PainEntry | null;
  /** Session-RPE load of each of the last weeks up to this one, oldest first (at most 8). */
  weekly_load: number[];
  attention: AttentionReason[];
  /** The runner's notes (every thread) the coach has not read. */
  unread_notes: number;
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isShare = (x: unknown): x is number | null => x === null || (typeof x === 'number' && x >= 0 && x <= 1);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isDateOrNull = (x: unknown): x is string | null => x === null || (isStr(x) && /^\d{4}-\d{2}-\d{2}$/.test(x));

export function isRosterEntry(x: unknown): x is RosterEntry {
  return isObject(x) && (typeof x.id === 'number' || isStr(x.id)) && isStr(x.name) && typeof x.owner === 'boolean'
    && (x.next_race === null || (isObject(x.next_race) && isDateOrNull(x.next_race.date) && isStr(x.next_race.event)))
    && (x.phase === null || isStr(x.phase)) && isShare(x.compliance_7d) && isShare(x.compliance_28d)
    && Array.isArray(x.flags) && x.flags.every(isStr) && isDateOrNull(x.last_activity)
    && (x.worst_flag === null || (SEVERITIES as readonly unknown[]).includes(x.worst_flag))
    && isObject(x.week_sessions) && isCount(x.week_sessions.planned) && isCount(x.week_sessions.done)
    && (x.latest_pain === null || isPainEntry(x.latest_pain))
    && Array.isArray(x.weekly_load) && x.weekly_load.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)
    && Array.isArray(x.attention) && x.attention.every((a) => (ATTENTION_REASONS as readonly unknown[]).includes(a))
    && isCount(x.unread_notes);
}

export function isRoster(x: unknown): x is { athletes: RosterEntry[] } {
  return isObject(x) && Array.isArray(x.athletes) && x.athletes.every(isRosterEntry);
}

export const ROSTER_SORTS = ['attention', 'name', 'race', 'compliance', 'last_activity'] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];
export const ROSTER_SORT_LABELS: Record<RosterSort, string> = {
  attention: 'Needs attention first',
  name: 'Name',
  race: 'Next race',
  compliance: 'Lowest 28-day compliance',
  last_activity: 'Longest without activity',
};

const severityRank = (s: Severity | null) => (s === null ? -1 : SEVERITIES.indexOf(s));
const byName = (a: RosterEntry, b: RosterEntry) => a.name.localeCompare(b.name) || String(a.id).localeCompare(String(b.id));

/** How pressing a runner is: the most pressing reason first, then how many, then the worst flag. */
function attentionOrder(a: RosterEntry, b: RosterEntry): number {
  const first = (e: RosterEntry) => (e.attention.length ? ATTENTION_REASONS.indexOf(e.attention[0]!) : ATTENTION_REASONS.length);
  return first(a) - first(b) || b.attention.length - a.attention.length
    || severityRank(b.worst_flag) - severityRank(a.worst_flag) || byName(a, b);
}

/** The entries in the chosen order; ties go by name. Never changes `entries`. */
export function sortRoster(entries: readonly RosterEntry[], sort: RosterSort): RosterEntry[] {
  const sorted = [...entries];
  const nullsLast = (x: string | number | null, y: string | number | null) =>
    x === null ? (y === null ? 0 : 1) : y === null ? -1 : x < y ? -1 : x > y ? 1 : 0;
  switch (sort) {
    case 'attention': return sorted.sort(attentionOrder);
    case 'name': return sorted.sort(byName);
    case 'race': return sorted.sort((a, b) => nullsLast(a.next_race?.date ?? null, b.next_race?.date ?? null) || byName(a, b));
    case 'compliance': return sorted.sort((a, b) => nullsLast(a.compliance_28d, b.compliance_28d) || byName(a, b));
    case 'last_activity':
      // Never active first, then the oldest last activity.
      return sorted.sort((a, b) => (a.last_activity === null ? (b.last_activity === null ? 0 : -1) : b.last_activity === null ? 1
        : a.last_activity.localeCompare(b.last_activity)) || byName(a, b));
  }
}

/** The entries whose name has `text` in it (any case), and only those needing attention if asked. */
export function filterRoster(entries: readonly RosterEntry[], text: string, onlyAttention: boolean): RosterEntry[] {
  const needle = text.trim().toLowerCase();
  return entries.filter((e) => (!onlyAttention || e.attention.length > 0) && (!needle || e.name.toLowerCase().includes(needle)));
}

/** The points of a sparkline of `values` in a `width` × `height` box (y grows downwards), and its words. */
export function sparkline(values: readonly number[], width: number, height: number): { points: string; label: string } {
  const max = Math.max(...values, 0);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => {
    const x = values.length > 1 ? i * step : width / 2;
    const y = max > 0 ? height - (v / max) * height : height;
    return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  }).join(' ');
  const label = values.length
    ? `Weekly load, last ${values.length} ${values.length === 1 ? 'week' : 'weeks'}: ${values.map((v) => Math.round(v)).join(', ')}`
    : 'No load logged';
  return { points, label };
}

/** "62 %", or "–" when nothing was planned. */
export function shareText(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

/** Whole weeks from `today` to `date` (0 in the race week), never negative. */
export function weeksTo(today: string, date: string): number {
  return Math.max(0, Math.floor((parseDay(date) - parseDay(today)) / (7 * 86_400_000)));
}

/** Days since `date` on `today`: "today", "yesterday", "5 days ago". */
export function daysAgoText(today: string, date: string | null): string {
  if (date === null) return 'never';
  const days = Math.round((parseDay(today) - parseDay(date)) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

