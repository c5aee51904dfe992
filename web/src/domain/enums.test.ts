import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  EQUIPMENT, GOAL_EVENTS, INJURY_REGIONS, INJURY_STATUSES, LABELS, RUN_TYPES, SEXES, SIDES, STRENGTH_EXPERIENCE,
  SURFACES, WEEKDAYS,
} from './enums';

// The lists exactly as contract.md §3.1 and §3.2 give them, in their order.
const CONTRACT = {
  sex: ['female', 'male', 'unspecified'],
  surface: ['road', 'trail', 'track', 'mixed'],
  strength_experience: ['none', 'beginner', 'intermediate', 'advanced'],
  event: ['5k', '10k', 'half_marathon', 'marathon', 'ultra', 'general'],
  region: ['foot', 'ankle', 'achilles_calf', 'shin', 'knee', 'hip', 'hamstring', 'lower_back', 'other'],
  side: ['left', 'right', 'both'],
  status: ['current', 'recovering', 'past'],
  equipment: ['dumbbells', 'kettlebell', 'barbell', 'squat_rack', 'bench', 'box', 'step', 'resistance_band',
    'miniband', 'foam_roller', 'massage_ball', 'cable', 'medicine_ball', 'pull_up_bar', 'suspension_trainer', 'slider'],
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  run_types: ['rest', 'easy', 'recovery', 'workout', 'long', 'race', 'cross'],
};

describe('enumerations match contract.md', () => {
  it('spells every list as the contract does, in its order', () => {
    expect(SEXES).toEqual(CONTRACT.sex);
    expect(SURFACES).toEqual(CONTRACT.surface);
    expect(STRENGTH_EXPERIENCE).toEqual(CONTRACT.strength_experience);
    expect(GOAL_EVENTS).toEqual(CONTRACT.event);
    expect(INJURY_REGIONS).toEqual(CONTRACT.region);
    expect(SIDES).toEqual(CONTRACT.side);
    expect(INJURY_STATUSES).toEqual(CONTRACT.status);
    expect(EQUIPMENT).toEqual(CONTRACT.equipment);
    expect(WEEKDAYS).toEqual(CONTRACT.weekdays);
    expect(RUN_TYPES).toEqual(CONTRACT.run_types);
  });

  it('has a label for every value and no label for anything else', () => {
    const pairs: Array<[readonly string[], Record<string, string>]> = [
      [SEXES, LABELS.sex], [SURFACES, LABELS.surface], [STRENGTH_EXPERIENCE, LABELS.strength],
      [GOAL_EVENTS, LABELS.event], [INJURY_REGIONS, LABELS.region], [SIDES, LABELS.side],
      [INJURY_STATUSES, LABELS.status], [EQUIPMENT, LABELS.equipment], [WEEKDAYS, LABELS.weekday],
      [RUN_TYPES, LABELS.runType],
    ];
    for (const [list, labels] of pairs) {
      expect(Object.keys(labels).sort()).toEqual([...list].sort());
      for (const v of list) expect(labels[v]).toBeTruthy();
    }
  });

  // When the shared specs sit beside the repository (as on the team's machines and in CI), read
  // the lists from contract.md itself, so a change there fails here.
  const contractPath = fileURLToPath(new URL('../../../../shared/spec/contract.md', import.meta.url));
  it.runIf(existsSync(contractPath))('agrees with the text of ../shared/spec/contract.md', () => {
    const text = readFileSync(contractPath, 'utf8');
    const after = (marker: string, until = '\n- ') => {
      const start = text.indexOf(marker);
      expect(start, marker).toBeGreaterThan(-1);
      const rest = text.slice(start + marker.length);
      const end = rest.search(new RegExp(until === '\n- ' ? '\\n- |\\n\\n|;|\\. |\\(' : until));
      return [...rest.slice(0, end).matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]);
    };
    expect(after('`sex`:')).toEqual([...SEXES]);
    expect(after('`running.surface`:')).toEqual([...SURFACES]);
    expect(after('`strength_experience`:')).toEqual([...STRENGTH_EXPERIENCE]);
    expect(after('`goal.event`:')).toEqual([...GOAL_EVENTS]);
    expect(after('`injuries[].region`:')).toEqual([...INJURY_REGIONS]);
    expect(after('`status`:')).toEqual([...INJURY_STATUSES]);
    expect(after('`equipment`: any of', '\\n  Bodyweight')).toEqual([...EQUIPMENT]);
    expect(after('Run types:', '\\.\\n')).toEqual([...RUN_TYPES]);
  });
});
