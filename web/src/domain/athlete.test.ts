import { describe, expect, it } from 'vitest';
import {
  athleteForPut, buildAthlete, draftFromJson, draftToJson, emptyInjury, initialWizardState, isValidDate, stepForField, todayIso, toggle, validateAll, validateStep,
  wizardFromAthlete, type WizardState,
} from './athlete';
import { ONBOARDING_STEPS } from './route';

const TODAY = '2026-12-03';

/** Ana of contract §3.1, as the wizard would hold her. */
function ana(): WizardState {
  return {
    ...initialWizardState('Ana'),
    sex: 'female', birthYear: '1991', bodyMassKg: '58',
    experienceYears: '4', weeklyDistanceKm: '45', longestRunKm: '18', surface: 'road',
    strengthExperience: 'beginner',
    event: 'half_marathon', raceDate: '2027-03-14', targetTime: '1:45:00',
    injuries: [{ region: 'knee', side: 'left', status: 'past', date: '2025-06' }],
    equipment: ['box', 'dumbbells', 'foam_roller', 'miniband'],
    sessionsPerWeek: 2, sessionMinutes: 30, days: ['sun', 'mon', 'wed', 'thu'],
  };
}

describe('buildAthlete', () => {
  it("builds the contract's example athlete from the wizard's state", () => {
    expect(validateAll(ONBOARDING_STEPS, ana(), TODAY)).toEqual({});
    expect(buildAthlete(ana())).toEqual({
      name: 'Ana',
      sex: 'female',
      birth_year: 1991,
      body_mass_kg: 58,
      running: { experience_years: 4, weekly_distance_km: 45, longest_run_km: 18, surface: 'road' },
      strength_experience: 'beginner',
      goal: { event: 'half_marathon', race_date: '2027-03-14', target_time: '1:45:00' },
      injuries: [{ region: 'knee', side: 'left', status: 'past', date: '2025-06' }],
      // In the contract's list order, whatever order they were ticked in.
      equipment: ['dumbbells', 'box', 'miniband', 'foam_roller'],
      availability: { strength_sessions_per_week: 2, session_minutes: 30, days: ['mon', 'wed', 'thu', 'sun'] },
    });
  });

  it('leaves out optional fields left empty, and the race date for general fitness', () => {
    const s: WizardState = {
      ...initialWizardState('Bo'), experienceYears: '0', weeklyDistanceKm: '0', strengthExperience: 'none',
      event: 'general', raceDate: '2027-01-01', targetTime: '20:00',
    };
    expect(validateAll(ONBOARDING_STEPS, s, TODAY)).toEqual({});
    const doc = buildAthlete(s);
    expect(doc).toEqual({
      name: 'Bo',
      running: { experience_years: 0, weekly_distance_km: 0, surface: 'road' },
      strength_experience: 'none',
      goal: { event: 'general' },
      injuries: [],
      equipment: [],
      availability: { strength_sessions_per_week: 2, session_minutes: 30, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc); // nothing undefined or NaN
  });

  it('reads decimal commas and trims names', () => {
    const doc = buildAthlete({ ...ana(), name: '  Ana  ', weeklyDistanceKm: '42,5' });
    expect(doc.name).toBe('Ana');
    expect(doc.running.weekly_distance_km).toBe(42.5);
  });
});

describe('validateStep messages', () => {
  it('asks for a name', () => {
    expect(validateStep('about', { ...ana(), name: ' ' }, TODAY)).toEqual({ '$.name': 'Enter your name.' });
  });
  it('checks optional birth year and body mass only when given', () => {
    expect(validateStep('about', { ...ana(), birthYear: '', bodyMassKg: '' }, TODAY)).toEqual({});
    expect(validateStep('about', { ...ana(), birthYear: '1850', bodyMassKg: 'heavy' }, TODAY)).toEqual({
      '$.birth_year': 'Enter a year between 1900 and 2016.',
      '$.body_mass_kg': 'Enter your body mass in kg, between 25 and 250.',
    });
  });
  it('requires the running fields of the contract', () => {
    const e = validateStep('running', { ...ana(), experienceYears: '', weeklyDistanceKm: '-3', strengthExperience: '' }, TODAY);
    expect(e).toEqual({
      '$.running.experience_years': 'Enter how many years you have been running (0 if you are new).',
      '$.running.weekly_distance_km': 'Enter a distance in km, e.g. 25.',
      '$.strength_experience': 'Choose your strength-training experience.',
    });
  });
  it('requires a race date after today except for general fitness', () => {
    expect(validateStep('goal', { ...ana(), event: '' }, TODAY)).toEqual({ '$.goal.event': 'Choose a goal race, or general fitness.' });
    expect(validateStep('goal', { ...ana(), raceDate: '' }, TODAY)).toEqual({ '$.goal.race_date': 'Enter the date of your race.' });
    expect(validateStep('goal', { ...ana(), raceDate: '2026-12-03' }, TODAY)).toEqual({ '$.goal.race_date': 'The race date must be after today.' });
    expect(validateStep('goal', { ...ana(), raceDate: '2027-02-30' }, TODAY)).toEqual({ '$.goal.race_date': 'Enter a date as YYYY-MM-DD.' });
    expect(validateStep('goal', { ...ana(), targetTime: 'fast' }, TODAY)['$.goal.target_time']).toMatch(/h:mm:ss/);
    expect(validateStep('goal', { ...ana(), event: 'general', raceDate: '' }, TODAY)).toEqual({});
  });
  it('names the incomplete injury by its index', () => {
    const s = { ...ana(), injuries: [ana().injuries[0]!, { ...emptyInjury(), region: 'shin' as const, date: '2027-01' }] };
    expect(validateStep('injuries', s, TODAY)).toEqual({
      '$.injuries[1].side': 'Injury 2: choose a side.',
      '$.injuries[1].status': 'Injury 2: choose how it is now.',
      '$.injuries[1].date': 'Injury 2: that month is in the future.',
    });
  });
  it('keeps availability within the contract ranges and asks for enough days', () => {
    expect(validateStep('availability', { ...ana(), sessionsPerWeek: 5, sessionMinutes: 10, days: [] }, TODAY)).toEqual({
      '$.availability.strength_sessions_per_week': 'Choose 1 to 4 sessions a week.',
      '$.availability.session_minutes': 'Choose 15 to 90 minutes.',
      '$.availability.days': 'Choose at least one day for strength sessions.',
    });
    expect(validateStep('availability', { ...ana(), sessionsPerWeek: 3, days: ['mon', 'thu'] }, TODAY)).toEqual({
      '$.availability.days': 'Choose at least 3 days for 3 sessions a week, or fewer sessions.',
    });
  });
});

describe('helpers', () => {
  it('maps a field path to the step that shows it', () => {
    expect(stepForField('$.goal.race_date')).toBe('goal');
    expect(stepForField('$.injuries[0].side')).toBe('injuries');
    expect(stepForField('$.strength_experience')).toBe('running');
    expect(stepForField('$.weekly_template.sat.distance_km')).toBe('week');
    expect(stepForField('$.availability.days')).toBe('availability');
    expect(stepForField('$.name')).toBe('about');
  });
  it('checks calendar dates', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('2027-3-1')).toBe(false);
  });
  it('toggles and formats today', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('wizard drafts', () => {
  it('round-trips a draft', () => {
    expect(draftFromJson(draftToJson(ana()))).toEqual(ana());
  });
  it('drops unreadable drafts and other versions', () => {
    expect(draftFromJson(null)).toBeNull();
    expect(draftFromJson('{not json')).toBeNull();
    expect(draftFromJson('[]')).toBeNull();
    expect(draftFromJson(JSON.stringify({ version: 99, state: ana() }))).toBeNull();
  });
  it('replaces fields of the wrong type or outside the contract by their initial values', () => {
    const bad = {
      ...ana(), sex: 'robot', surface: 'sand', sessionsPerWeek: 9, sessionMinutes: '30', name: 42,
      equipment: ['dumbbells', 'jetpack'], days: ['mon', 'someday'],
      injuries: [{ region: 'knee', side: 'up', status: 'past', date: 5 }, 'x'],
      week: { ...ana().week, tue: { type: 'sprint', distanceKm: '5' }, sat: { type: 'long', distanceKm: 18 } },
    };
    const d = draftFromJson(JSON.stringify({ version: 1, state: bad }), 'Ana')!;
    expect(d.sex).toBe('');
    expect(d.surface).toBe('road');
    expect(d.sessionsPerWeek).toBe(2);
    expect(d.sessionMinutes).toBe(30);
    expect(d.name).toBe('Ana');
    expect(d.equipment).toEqual(['dumbbells']);
    expect(d.days).toEqual(['mon']);
    expect(d.injuries).toEqual([{ region: 'knee', side: '', status: 'past', date: '' }]);
    expect(d.week.tue).toEqual({ type: 'workout', distanceKm: '' });
    expect(d.week.sat).toEqual({ type: 'long', distanceKm: '' });
  });
});

describe('the profile from Settings', () => {
  it('reads a stored athlete back into the wizard and builds the same document', () => {
    const doc = {
      name: 'Ana', sex: 'female' as const, birth_year: 1991, body_mass_kg: 58,
      running: { experience_years: 4, weekly_distance_km: 45, longest_run_km: 18, surface: 'road' as const },
      strength_experience: 'beginner' as const, goal: { event: 'half_marathon' as const, race_date: '2027-03-14', target_time: '1:45:00' },
      injuries: [{ region: 'knee' as const, side: 'left' as const, status: 'past' as const, date: '2025-06' }],
      equipment: ['dumbbells' as const, 'box' as const], availability: { strength_sessions_per_week: 2, session_minutes: 30, days: ['mon' as const, 'thu' as const] },
    };
    expect(buildAthlete(wizardFromAthlete(doc))).toEqual(doc);
  });
  it('PUTs only the keys the engine takes, keeping heart rate and postpartum', () => {
    const built = buildAthlete(wizardFromAthlete({
      name: 'Dana', running: { experience_years: 2, weekly_distance_km: 30, surface: 'trail' }, strength_experience: 'none',
      goal: { event: 'general' }, injuries: [], equipment: [], availability: { strength_sessions_per_week: 1, session_minutes: 20, days: [] },
    }));
    const body = athleteForPut({ id: 3, heart_rate: { resting_bpm: 50 }, postpartum: { weeks_since_birth: 20 }, owner: true }, built);
    expect(Object.keys(body).sort()).toEqual(['availability', 'equipment', 'goal', 'heart_rate', 'injuries', 'name', 'postpartum', 'running', 'strength_experience']);
    expect(body.heart_rate).toEqual({ resting_bpm: 50 });
  });
});

