import { describe, expect, it } from 'vitest';
import {
  ATTENTION_LABELS, daysAgoText, filterRoster, flagLabel, isRoster, sparkline, shareText, sortRoster, weeksTo, type RosterEntry,
} from './roster';

function entry(name: string, extra: Partial<RosterEntry> = {}): RosterEntry {
  return {
    id: name.toLowerCase(), name, owner: false, next_race: null, phase: null, compliance_7d: null, compliance_28d: null,
    flags: [], last_activity: '2026-12-08', worst_flag: null, week_sessions: { planned: 2, done: 1 }, latest_pain: null,
    weekly_load: [100, 200], attention: [], unread_notes: 0, ...extra,
  };
}

const ana = entry('Ana', { attention: ['missed_sessions'], compliance_28d: 0.25, next_race: { date: '2027-04-25', event: 'marathon' } });
const bo = entry('Bo', { attention: ['warning_flag'], worst_flag: 'warning', flags: ['pain'], compliance_28d: 0.9 });
const cy = entry('Cy', { attention: ['missed_sessions', 'no_recent_activity'], last_activity: null });
const di = entry('Di', { worst_flag: 'caution', compliance_28d: 1, next_race: { date: '2027-01-10', event: '10k' } });
const ed = entry('Ed', { last_activity: '2026-11-30' });

describe('the roster document', () => {
  it('accepts the server\'s shape and refuses broken entries', () => {
    expect(isRoster({ athletes: [ana, bo, cy] })).toBe(true);
    expect(isRoster({ athletes: [{ ...ana, attention: ['bored'] }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, compliance_7d: 1.5 }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, week_sessions: { planned: -1, done: 0 } }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, worst_flag: 'severe' }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, weekly_load: [1, -2] }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, unread_notes: -1 }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, unread_notes: 1.5 }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, unread_notes: undefined }] })).toBe(false);
    expect(isRoster({ athletes: [{ ...ana, unread_notes: 4 }] })).toBe(true);
    expect(isRoster({})).toBe(false);
  });
});

describe('the order of the roster', () => {
  const all = [ed, di, cy, bo, ana];
  it('puts warning flags first, then missed sessions (more reasons first), then the rest by worst flag and name', () => {
    expect(sortRoster(all, 'attention').map((e) => e.name)).toEqual(['Bo', 'Cy', 'Ana', 'Di', 'Ed']);
  });
  it('puts rising pain after warning flags and before missed sessions, and says it in words', () => {
    const fay = entry('Fay', { attention: ['rising_pain'], latest_pain: null });
    expect(isRoster({ athletes: [fay] })).toBe(true);
    expect(sortRoster([ed, ana, fay, bo], 'attention').map((e) => e.name)).toEqual(['Bo', 'Fay', 'Ana', 'Ed']);
    expect(ATTENTION_LABELS.rising_pain).toBe('Pain above 5/10 or rising');
  });
  it('sorts by name, next race, compliance and inactivity, unknowns last (never active first)', () => {
    expect(sortRoster(all, 'name').map((e) => e.name)).toEqual(['Ana', 'Bo', 'Cy', 'Di', 'Ed']);
    expect(sortRoster(all, 'race').map((e) => e.name)).toEqual(['Di', 'Ana', 'Bo', 'Cy', 'Ed']);
    expect(sortRoster(all, 'compliance').map((e) => e.name)).toEqual(['Ana', 'Bo', 'Di', 'Cy', 'Ed']);
    expect(sortRoster(all, 'last_activity').map((e) => e.name)).toEqual(['Cy', 'Ed', 'Ana', 'Bo', 'Di']);
    expect(all.map((e) => e.name)).toEqual(['Ed', 'Di', 'Cy', 'Bo', 'Ana']);
  });
  it('filters by name and by attention', () => {
    expect(filterRoster(all, ' a', false).map((e) => e.name)).toEqual(['Ana']);
    expect(filterRoster(all, '', true).map((e) => e.name)).toEqual(['Cy', 'Bo', 'Ana']);
    expect(filterRoster(all, 'd', true)).toEqual([]);
  });
});

describe('the words of the roster', () => {
  it('writes shares, weeks to go and days since', () => {
    expect(shareText(null)).toBe('–');
    expect(shareText(0.625)).toBe('63 %');
    expect(weeksTo('2026-12-09', '2026-12-13')).toBe(0);
    expect(weeksTo('2026-12-09', '2027-04-25')).toBe(19);
    expect(weeksTo('2026-12-09', '2026-12-01')).toBe(0);
    expect(daysAgoText('2026-12-09', null)).toBe('never');
    expect(daysAgoText('2026-12-09', '2026-12-09')).toBe('today');
    expect(daysAgoText('2026-12-09', '2026-12-08')).toBe('yesterday');
    expect(daysAgoText('2026-12-09', '2026-11-30')).toBe('9 days ago');
    expect(flagLabel('acwr_high')).toBe('Load well above usual');
    expect(flagLabel('new_code')).toBe('new_code');
  });
});

describe('the load trend of a roster row', () => {
  it('draws the highest week at the top and no load at the bottom, and says the numbers', () => {
    const line = sparkline([0, 50, 100], 72, 22);
    expect(line.points).toBe('0,22 36,11 72,0');
    expect(line.label).toBe('Weekly load, last 3 weeks: 0, 50, 100');
    expect(sparkline([40], 72, 22).points).toBe('36,0');
    expect(sparkline([0, 0], 72, 22).points).toBe('0,22 72,22');
    expect(sparkline([], 72, 22).label).toBe('No load logged');
  });
});
