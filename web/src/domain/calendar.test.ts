import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultWeek, isKeyRun, nextRunType, summarizeWeek, validateWeek, type WeekTiles } from './calendar';
import { RUN_TYPES, WEEKDAYS } from './enums';

function week(patch: Partial<WeekTiles>): WeekTiles {
  return { ...defaultWeek(), ...patch };
}

describe('the running week as seven day tiles', () => {
  it('starts from a usual week with a tile per weekday, Monday first', () => {
    expect(Object.keys(defaultWeek())).toEqual([...WEEKDAYS]);
  });

  it("builds contract §3.2's example template", () => {
    const tiles = week({ sat: { type: 'long', distanceKm: '18' } });
    expect(buildCalendar(tiles)).toEqual({
      weekly_template: { mon: 'rest', tue: 'workout', wed: 'easy', thu: 'easy', fri: 'rest', sat: { type: 'long', distance_km: 18 }, sun: 'easy' },
      runs: [],
    });
  });

  it('drops a distance typed on a day later set to rest', () => {
    expect(buildCalendar(week({ mon: { type: 'rest', distanceKm: '8' } })).weekly_template.mon).toBe('rest');
  });

  it('flags an unreadable distance on its own tile', () => {
    expect(validateWeek(week({ wed: { type: 'easy', distanceKm: 'ten' }, thu: { type: 'easy', distanceKm: '0' } }))).toEqual({
      '$.weekly_template.wed.distance_km': 'Wednesday: enter km as a number, e.g. 8 or 12.5, or leave it empty.',
      '$.weekly_template.thu.distance_km': 'Thursday: enter km as a number, e.g. 8 or 12.5, or leave it empty.',
    });
    expect(validateWeek(week({ wed: { type: 'easy', distanceKm: '8,5' } }))).toEqual({});
  });

  it('summarizes the week', () => {
    expect(summarizeWeek(week({ sat: { type: 'long', distanceKm: '18' }, sun: { type: 'cross', distanceKm: '' } })))
      .toEqual({ runDays: 4, restDays: 2, keyRuns: 2, plannedKm: 18 });
  });

  it('cycles a tapped tile through every run type and back', () => {
    let t: (typeof RUN_TYPES)[number] = 'rest';
    const seen = [];
    for (let i = 0; i < RUN_TYPES.length; i++) { seen.push(t); t = nextRunType(t); }
    expect(seen).toEqual([...RUN_TYPES]);
    expect(t).toBe('rest');
  });

  it('knows the key runs of the contract', () => {
    expect(RUN_TYPES.filter(isKeyRun)).toEqual(['workout', 'long', 'race']);
  });
});
