// Chart series from the engine's documents, in uPlot's aligned shape: x in Unix seconds (UTC
// midnight of each date), then one array per series, null where a series has no value. Each
// chart also gets a one-sentence text summary (house style §14: never a chart alone).
import type { Activity, LoadDocument, PainEntry } from './documents';
import { addDays, parseDay } from './plancal';

export type Aligned = [number[], ...Array<Array<number | null>>];
export interface ChartData { data: Aligned; series: string[]; summary: string }

export const toSeconds = (date: string) => parseDay(date) / 1000;

/** How far back the progress charts look: the last 13 weeks, the last year, or everything. */
export type ChartRange = 'quarter' | 'year' | 'all';
export const CHART_RANGES: readonly ChartRange[] = ['quarter', 'year', 'all'];
export const CHART_RANGE_LABELS: Record<ChartRange, string> = { quarter: '3 months', year: '1 year', all: 'All' };

/** The first date a range shows when it ends on `today`, or null for everything. */
export function rangeStart(today: string, range: ChartRange): string | null {
  if (range === 'all') return null;
  return addDays(today, range === 'quarter' ? -90 : -364);
}

/** The load document cut to the days from `from` and the weeks that end on or after it. */
export function loadFrom(load: LoadDocument, from: string | null): LoadDocument {
  if (from === null) return load;
  return { ...load, daily: load.daily.filter((d) => d.date >= from), weeks: load.weeks.filter((w) => addDays(w.start, 6) >= from) };
}

/** The entries dated on or after `from` (all of them when it is null). */
export function datedFrom<T extends { date: string }>(entries: T[], from: string | null): T[] {
  return from === null ? entries : entries.filter((e) => e.date >= from);
}
const r1 = (n: number) => Math.round(n * 10) / 10;

export function weeklyDistance(load: LoadDocument): ChartData {
  const weeks = load.weeks;
  const data: Aligned = [weeks.map((w) => toSeconds(w.start)), weeks.map((w) => w.run_distance_km)];
  const last = weeks[weeks.length - 1];
  const max = weeks.reduce((m, w) => Math.max(m, w.run_distance_km), 0);
  const summary = last
    ? `${weeks.length} weeks; the latest (from ${last.start}) ran ${r1(last.run_distance_km)} km; the most in a week was ${r1(max)} km.`
    : 'No weeks logged yet.';
  return { data, series: ['Run distance (km)'], summary };
}

export function dailyLoad(load: LoadDocument): ChartData {
  const d = load.daily;
  const data: Aligned = [d.map((x) => toSeconds(x.date)), d.map((x) => x.load), d.map((x) => x.acute_ewma), d.map((x) => x.chronic_ewma)];
  const last = d[d.length - 1];
  const summary = last
    ? `On ${last.date}: load ${r1(last.load)}, acute (7-day) ${r1(last.acute_ewma)}, chronic (28-day) ${r1(last.chronic_ewma)}${last.acwr_ewma !== null ? `, ratio ${last.acwr_ewma}` : ''}. The ratio is shown, never used alone: its link to injury is contested.`
    : 'No load logged yet.';
  return { data, series: ['Daily load', 'Acute load (7-day EWMA)', 'Chronic load (28-day EWMA)'], summary };
}

export function fitnessFatigueForm(load: LoadDocument): ChartData {
  const d = load.daily;
  const data: Aligned = [d.map((x) => toSeconds(x.date)), d.map((x) => x.ctl), d.map((x) => x.atl), d.map((x) => x.tsb)];
  const last = d[d.length - 1];
  const summary = last
    ? `On ${last.date}: fitness ${r1(last.ctl)}, fatigue ${r1(last.atl)}, form ${r1(last.tsb)} (${last.tsb >= 0 ? 'fresh' : 'tired'}).`
    : 'No load logged yet.';
  return { data, series: ['Fitness (CTL)', 'Fatigue (ATL)', 'Form (TSB)'], summary };
}

/** One series per region and side, over the dates of any report. */
export function painOverTime(pain: PainEntry[], labelOf: (p: PainEntry) => string): ChartData {
  const sorted = [...pain].sort((a, b) => a.date.localeCompare(b.date));
  const dates = [...new Set(sorted.map((p) => p.date))];
  const keys = [...new Set(sorted.map(labelOf))];
  const columns = keys.map((k) => dates.map((date) => {
    const scores = sorted.filter((p) => p.date === date && labelOf(p) === k).map((p) => p.score);
    return scores.length ? Math.max(...scores) : null;
  }));
  const latest = sorted[sorted.length - 1];
  const summary = latest
    ? `${sorted.length} pain ${sorted.length === 1 ? 'report' : 'reports'}; the latest, on ${latest.date}: ${labelOf(latest)} ${latest.score}/10.`
    : 'No pain reported.';
  return { data: [dates.map(toSeconds), ...columns], series: keys, summary };
}

/** Epley's estimate of the one-repetition maximum; null outside 1–12 reps or without a load. */
export function epley(loadKg: number | undefined | null, reps: number | undefined | null): number | null {
  if (!loadKg || !reps || reps < 1 || reps > 12) return null;
  return reps === 1 ? loadKg : loadKg * (1 + reps / 30);
}

/**
 * Estimated 1RM of the main lifts: the `top` exercises with the most loaded sets, each date's
 * best estimate. A lift done on one side at a time is estimated per set as logged.
 */
export function e1rmSeries(activities: Activity[], top = 3, nameOf: (id: string) => string = (x) => x): ChartData {
  const counts = new Map<string, number>();
  const best = new Map<string, Map<string, number>>();
  for (const a of activities) {
    if (a.sport !== 'strength') continue;
    for (const s of a.sets ?? []) {
      const e = epley(s.load_kg, s.reps);
      if (e === null) continue;
      counts.set(s.exercise, (counts.get(s.exercise) ?? 0) + 1);
      const byDate = best.get(s.exercise) ?? new Map<string, number>();
      byDate.set(a.date, Math.max(byDate.get(a.date) ?? 0, e));
      best.set(s.exercise, byDate);
    }
  }
  const lifts = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([id]) => id);
  const dates = [...new Set(lifts.flatMap((l) => [...best.get(l)!.keys()]))].sort();
  const columns = lifts.map((l) => dates.map((d) => { const v = best.get(l)!.get(d); return v === undefined ? null : r1(v); }));
  const summary = lifts.length
    ? lifts.map((l, i) => { const col = columns[i]!.filter((v): v is number => v !== null); return `${nameOf(l)}: ${col[col.length - 1]} kg estimated 1RM`; }).join('; ') + ' (Epley, from sets of 1–12 reps with a load).'
    : 'No loaded sets logged yet: log the load of your main lifts to see their estimated 1RM.';
  return { data: [dates.map(toSeconds), ...columns], series: lifts.map(nameOf), summary };
}
