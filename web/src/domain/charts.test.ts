import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  dailyLoad, datedFrom, e1rmSeries, epley, fitnessFatigueForm, loadFrom, painOverTime, rangeStart, toSeconds, weeklyDistance,
} from './charts';
import type { Activity, PainEntry } from './documents';

const load = JSON.parse(readFileSync(new URL('../../e2e/fixtures/load.json', import.meta.url), 'utf8'));

describe('chart series from the documents', () => {
  it('weekly distance and daily load from stride.load.v1', () => {
    const w = weeklyDistance(load);
    expect(w.data[0][0]).toBe(toSeconds('2026-10-05'));
    expect(w.data[1]!.slice(0, 2)).toEqual([41, 44]);
    expect(w.summary).toMatch(/^7 weeks; the latest \(from 2026-11-16\) ran [\d.]+ km; the most in a week was 49.5 km\.$/);
    const d = dailyLoad(load);
    expect(d.data).toHaveLength(4);
    expect(d.data[0]).toHaveLength(load.daily.length);
    expect(d.data[3]![0]).toBe(180);
    const f = fitnessFatigueForm(load);
    expect(f.series).toEqual(['Fitness (CTL)', 'Fatigue (ATL)', 'Form (TSB)']);
    expect(f.summary).toMatch(/form -?[\d.]+ \((fresh|tired)\)/);
  });
  it('pain per region and side, aligned on the report dates', () => {
    const pain: PainEntry[] = [
      { date: '2026-11-15', region: 'knee', side: 'left', score: 5, when: 'next_morning' },
      { date: '2026-11-14', region: 'knee', side: 'left', score: 3, when: 'after' },
      { date: '2026-11-14', region: 'achilles_calf', side: 'right', score: 2, when: 'during' },
    ];
    const c = painOverTime(pain, (p) => `${p.side} ${p.region}`);
    expect(c.series).toEqual(['left knee', 'right achilles_calf']);
    expect(c.data).toEqual([[toSeconds('2026-11-14'), toSeconds('2026-11-15')], [3, 5], [2, null]]);
    expect(c.summary).toBe('3 pain reports; the latest, on 2026-11-15: left knee 5/10.');
  });
  it('estimates 1RM with Epley for the most-logged loaded lifts', () => {
    expect(epley(100, 1)).toBe(100);
    expect(epley(60, 10)).toBe(80);
    expect(epley(60, 13)).toBeNull();
    expect(epley(undefined, 5)).toBeNull();
    const acts: Activity[] = [
      { date: '2026-11-02', sport: 'strength', duration_min: 30, rpe: 7, sets: [
        { exercise: 'squat', reps: 5, load_kg: 60 }, { exercise: 'squat', reps: 3, load_kg: 70 }, { exercise: 'calf', reps: 12 }] },
      { date: '2026-11-05', sport: 'strength', duration_min: 30, rpe: 7, sets: [{ exercise: 'squat', reps: 5, load_kg: 65 }, { exercise: 'rdl', reps: 8, load_kg: 40 }] },
      { date: '2026-11-06', sport: 'run', duration_min: 30, rpe: 4 },
    ];
    const c = e1rmSeries(acts, 3, (id) => id.toUpperCase());
    expect(c.series).toEqual(['SQUAT', 'RDL']);
    expect(c.data).toEqual([[toSeconds('2026-11-02'), toSeconds('2026-11-05')], [77, 75.8], [null, 50.7]]);
    expect(e1rmSeries([]).summary).toMatch(/^No loaded sets logged yet/);
  });
});

describe('the range the progress charts show', () => {
  it('starts 90 days or 364 days before today, or nowhere', () => {
    expect(rangeStart('2026-12-09', 'quarter')).toBe('2026-09-10');
    expect(rangeStart('2026-12-09', 'year')).toBe('2025-12-10');
    expect(rangeStart('2026-12-09', 'all')).toBeNull();
  });
  it('keeps the days from its start and the weeks that end on or after it', () => {
    const cut = loadFrom(load, '2026-11-10');
    expect(cut.daily.every((d: { date: string }) => d.date >= '2026-11-10')).toBe(true);
    expect(cut.daily.length).toBe(load.daily.filter((d: { date: string }) => d.date >= '2026-11-10').length);
    expect(cut.weeks.map((w: { start: string }) => w.start)).toEqual(
      load.weeks.map((w: { start: string }) => w.start).filter((s: string) => s >= '2026-11-04'));
    expect(cut.flags).toBe(load.flags);
    expect(loadFrom(load, null)).toBe(load);
    expect(weeklyDistance(cut).summary).toMatch(/^2 weeks;/);
  });
  it('keeps the entries dated on or after its start', () => {
    const entries = [{ date: '2024-06-01' }, { date: '2026-11-30' }, { date: '2026-12-01' }];
    expect(datedFrom(entries, '2026-11-30')).toEqual([{ date: '2026-11-30' }, { date: '2026-12-01' }]);
    expect(datedFrom(entries, null)).toBe(entries);
  });
});
