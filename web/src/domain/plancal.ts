// The plan (stride.plan.v1) laid out for the eye: the season as rows of Monday-to-Sunday weeks,
// a week's seven days, a session by id, and what a re-plan changed.
import type { PhaseName, PlanDay, PlanDocument, PlanWeek, Session } from './documents';

const DAY_MS = 86_400_000;
export function parseDay(date: string): number { return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)); }
export function formatDay(ms: number): string { return new Date(ms).toISOString().slice(0, 10); }
export function addDays(date: string, n: number): string { return formatDay(parseDay(date) + n * DAY_MS); }
/** The Monday of the date's week (weeks start on Monday, contract). */
export function mondayOf(date: string): string {
  const wd = (new Date(parseDay(date)).getUTCDay() + 6) % 7;
  return addDays(date, -wd);
}

export interface CalendarCell {
  date: string;
  /** false for padding days before the plan's start or after its end. */
  inPlan: boolean;
  phase: PhaseName | null;
  day: PlanDay | null;
  isRace: boolean;
}
export interface CalendarRow {
  start: string;
  week: PlanWeek | null;
  /** 1-based number of the week in the plan. */
  number: number;
  deload: boolean;
  taper: boolean;
  cells: CalendarCell[];
}

/** Every plan day (and the after-race week) by date. */
export function planDays(plan: PlanDocument): Map<string, { day: PlanDay; phase: PhaseName | null }> {
  const map = new Map<string, { day: PlanDay; phase: PhaseName | null }>();
  for (const day of plan.days) map.set(day.date, { day, phase: phaseOn(plan, day.date) });
  for (const day of plan.after_race?.days ?? []) map.set(day.date, { day, phase: plan.after_race!.phase });
  return map;
}

export function phaseOn(plan: PlanDocument, date: string): PhaseName | null {
  const p = plan.phases.find((ph) => ph.start <= date && date <= ph.end);
  if (p) return p.name;
  const after = plan.after_race;
  if (after && after.start <= date && date <= after.end) return after.phase;
  return null;
}

/** The season as rows of weeks, Monday first, padded at both ends so every row has seven cells. */
export function seasonCalendar(plan: PlanDocument): CalendarRow[] {
  const days = planDays(plan);
  const last = plan.after_race?.end ?? plan.end;
  const rows: CalendarRow[] = [];
  for (let monday = mondayOf(plan.start), n = 1; monday <= last; monday = addDays(monday, 7), n++) {
    const week = plan.weeks.find((w) => w.start === monday) ?? null;
    const cells: CalendarCell[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(monday, i);
      const entry = days.get(date);
      cells.push({
        date,
        inPlan: entry !== undefined,
        phase: entry ? entry.phase : null,
        day: entry ? entry.day : null,
        isRace: entry?.day.run?.type === 'race',
      });
    }
    const phase = week?.phase ?? cells.find((c) => c.phase)?.phase ?? null;
    rows.push({ start: monday, week, number: n, deload: week?.deload ?? false, taper: phase === 'taper', cells });
  }
  return rows;
}

/** The week (row) holding a date, or the first week when the date is outside the plan. */
export function weekContaining(rows: CalendarRow[], date: string): CalendarRow | null {
  return rows.find((r) => r.start === mondayOf(date)) ?? rows[0] ?? null;
}

export function findSession(plan: PlanDocument, id: string): { session: Session; date: string; index: number } | null {
  for (const day of [...plan.days, ...(plan.after_race?.days ?? [])]) {
    const index = day.sessions.findIndex((s) => s.id === id);
    if (index >= 0) return { session: day.sessions[index]!, date: day.date, index };
  }
  return null;
}

/** Where the server sends a strength session as a FIT workout file for a watch (docs/http.md). */
export function watchWorkoutPath(athleteId: string | number, date: string, index: number): string {
  return `/api/v1/athletes/${encodeURIComponent(String(athleteId))}/plans/current/sessions/${date}/${index}.fit`;
}

/** The first session on or after a date (for "next session"). */
export function nextSession(plan: PlanDocument, from: string): { session: Session; date: string } | null {
  for (const day of [...plan.days, ...(plan.after_race?.days ?? [])]) {
    if (day.date >= from && day.sessions[0]) return { session: day.sessions[0], date: day.date };
  }
  return null;
}

// ---- Re-plan diff -----------------------------------------------------------------------------

export type PlanChange =
  | { kind: 'added'; date: string; title: string }
  | { kind: 'removed'; date: string; title: string }
  | { kind: 'moved'; from: string; to: string; title: string }
  | { kind: 'changed'; date: string; title: string; what: string }
  | { kind: 'phase'; name: PhaseName; before: { start: string; end: string } | null; after: { start: string; end: string } | null }
  | { kind: 'dates'; before: { start: string; end: string }; after: { start: string; end: string } };

interface Placed { date: string; session: Session }
function sessionsOf(plan: PlanDocument): Placed[] {
  const out: Placed[] = [];
  for (const day of [...plan.days, ...(plan.after_race?.days ?? [])]) for (const session of day.sessions) out.push({ date: day.date, session });
  return out;
}

function exerciseList(s: Session): string {
  return s.blocks.flatMap((b) => b.items.map((i) => `${i.exercise}:${i.sets}:${i.reps ?? i.hold_s ?? i.contacts}`)).join(',');
}

/**
 * What changed between two plans. Sessions are matched first by date and title (same → maybe
 * changed content), then a removed and an added session of the same title within the same
 * Monday-to-Sunday week are reported as one move. Phases are compared by name.
 */
export function diffPlans(before: PlanDocument, after: PlanDocument): PlanChange[] {
  const changes: PlanChange[] = [];
  if (before.start !== after.start || before.end !== after.end) {
    changes.push({ kind: 'dates', before: { start: before.start, end: before.end }, after: { start: after.start, end: after.end } });
  }
  const names = new Set<PhaseName>([...before.phases.map((p) => p.name), ...after.phases.map((p) => p.name)]);
  for (const name of names) {
    const b = before.phases.find((p) => p.name === name);
    const a = after.phases.find((p) => p.name === name);
    if (!b || !a || b.start !== a.start || b.end !== a.end) {
      changes.push({ kind: 'phase', name, before: b ? { start: b.start, end: b.end } : null, after: a ? { start: a.start, end: a.end } : null });
    }
  }

  const old = sessionsOf(before);
  const neu = sessionsOf(after);
  const key = (p: Placed) => `${p.date}|${p.session.title}`;
  const newByKey = new Map(neu.map((p) => [key(p), p]));
  const oldKeys = new Set(old.map(key));
  const removed: Placed[] = [];
  for (const p of old) {
    const match = newByKey.get(key(p));
    if (!match) { removed.push(p); continue; }
    const what: string[] = [];
    if (match.session.minutes !== p.session.minutes) what.push(`${p.session.minutes} → ${match.session.minutes} min`);
    if (match.session.intensity !== p.session.intensity) what.push(`${p.session.intensity} → ${match.session.intensity}`);
    if (exerciseList(match.session) !== exerciseList(p.session)) what.push('exercises changed');
    if (what.length) changes.push({ kind: 'changed', date: p.date, title: p.session.title, what: what.join(', ') });
  }
  const added = neu.filter((p) => !oldKeys.has(key(p)));

  const usedAdded = new Set<Placed>();
  for (const r of removed) {
    const m = added.find((a) => !usedAdded.has(a) && a.session.title === r.session.title && mondayOf(a.date) === mondayOf(r.date));
    if (m) {
      usedAdded.add(m);
      changes.push({ kind: 'moved', from: r.date, to: m.date, title: r.session.title });
    } else {
      changes.push({ kind: 'removed', date: r.date, title: r.session.title });
    }
  }
  for (const a of added) if (!usedAdded.has(a)) changes.push({ kind: 'added', date: a.date, title: a.session.title });

  const order = (c: PlanChange) => c.kind === 'dates' ? '0' : c.kind === 'phase' ? `1${c.after?.start ?? c.before?.start}` : `2${'date' in c ? c.date : c.from}`;
  return changes.sort((x, y) => order(x).localeCompare(order(y)));
}

/** One line per change, for people. */
export function describeChange(c: PlanChange): string {
  switch (c.kind) {
    case 'added': return `Added: ${c.title} on ${c.date}`;
    case 'removed': return `Removed: ${c.title} on ${c.date}`;
    case 'moved': return `Moved: ${c.title} from ${c.from} to ${c.to}`;
    case 'changed': return `Changed: ${c.title} on ${c.date} (${c.what})`;
    case 'dates': return `The plan now runs ${c.after.start} to ${c.after.end} (was ${c.before.start} to ${c.before.end})`;
    case 'phase':
      if (!c.before) return `New phase: ${c.name}, ${c.after!.start} to ${c.after!.end}`;
      if (!c.after) return `Phase dropped: ${c.name} (was ${c.before.start} to ${c.before.end})`;
      return `Phase ${c.name}: now ${c.after.start} to ${c.after.end} (was ${c.before.start} to ${c.before.end})`;
  }
}

/** "27 sessions moved, 1 added, 1 removed, 2 phases changed." */
export function summarizeChanges(changes: PlanChange[]): string {
  if (changes.length === 0) return 'Nothing changed.';
  const n = (k: PlanChange['kind']) => changes.filter((c) => c.kind === k).length;
  const parts: string[] = [];
  const sessions = [['moved', n('moved')], ['added', n('added')], ['removed', n('removed')], ['changed', n('changed')]] as const;
  const first = sessions.find(([, count]) => count > 0);
  for (const [word, count] of sessions) {
    if (count === 0) continue;
    parts.push(first && word === first[0] ? `${count} session${count === 1 ? '' : 's'} ${word}` : `${count} ${word}`);
  }
  if (n('phase')) parts.push(`${n('phase')} phase${n('phase') === 1 ? '' : 's'} changed`);
  if (n('dates')) parts.push('new plan dates');
  return parts.join(', ') + '.';
}
