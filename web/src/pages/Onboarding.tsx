import { useEffect, useState } from 'preact/hooks';
import type { Account, ApiClient } from '../api/client';
import type { Navigate } from '../app';
import type { FieldErrors } from '../domain/account';
import {
  buildAthlete, draftFromJson, draftToJson, emptyInjury, initialWizardState, stepForField, todayIso, toggle, validateAll, validateStep,
  SESSION_MINUTES, SESSIONS_PER_WEEK, type InjuryDraft, type WizardState,
} from '../domain/athlete';
import { buildCalendar, summarizeWeek, takesDistance } from '../domain/calendar';
import {
  EQUIPMENT, GOAL_EVENTS, INJURY_REGIONS, INJURY_STATUSES, LABELS, RUN_TYPES, SEXES, SIDES, STRENGTH_EXPERIENCE,
  SURFACES, WEEKDAYS,
} from '../domain/enums';
import { ONBOARDING_STEPS, type OnboardingStep } from '../domain/route';
import { CheckList, ChoiceField, ErrorSummary, Notice, SelectField, TextField, fieldId } from '../components/fields';
import { HandoverCodeForm } from '../components/HandoverCodeForm';

const TITLES: Record<OnboardingStep, string> = {
  about: 'About you',
  running: 'Your running',
  goal: 'Your goal',
  injuries: 'Injuries',
  equipment: 'Equipment',
  availability: 'Time for strength',
  week: 'Your usual running week',
  review: 'Check and save',
};

interface Props { client: ApiClient; account: Account; step: OnboardingStep; navigate: Navigate }

// The draft lives in this tab's sessionStorage, so a reload or a phone that drops the page does
// not lose the answers; it is gone when the tab closes, and removed once the profile is saved.
const draftKey = (account: Account) => `stride.onboarding.draft:${account.id}`;

function readDraft(account: Account): string | null {
  try { return sessionStorage.getItem(draftKey(account)); } catch { return null; }
}

function writeDraft(account: Account, text: string | null) {
  try {
    if (text === null) sessionStorage.removeItem(draftKey(account));
    else sessionStorage.setItem(draftKey(account), text);
  } catch { /* storage full or disabled: the draft is only a convenience */ }
}

export function OnboardingPage({ client, account, step, navigate }: Props) {
  const displayName = account.role === 'runner' ? account.display_name : '';
  const [s, setS] = useState<WizardState>(() => draftFromJson(readDraft(account), displayName) ?? initialWizardState(displayName));
  useEffect(() => writeDraft(account, draftToJson(s)), [s]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [athleteId, setAthleteId] = useState<number | string | null>(null);
  const today = todayIso();
  const index = ONBOARDING_STEPS.indexOf(step);
  const set = <K extends keyof WizardState>(k: K, v: WizardState[K]) => setS({ ...s, [k]: v });
  const go = (to: OnboardingStep) => { setErrors({}); setProblem(null); navigate({ name: 'onboarding', step: to }); };

  function next(e: Event) {
    e.preventDefault();
    const found = validateStep(step, s, today);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      queueMicrotask(() => document.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    if (step === 'review') { void save(); return; }
    go(ONBOARDING_STEPS[index + 1] as OnboardingStep);
  }

  function showErrors(found: FieldErrors) {
    const first = Object.keys(found)[0] ?? '$.name';
    navigate({ name: 'onboarding', step: stepForField(first) });
    setErrors(found);
  }

  async function save() {
    const found = validateAll(ONBOARDING_STEPS, s, today);
    if (Object.keys(found).length > 0) { showErrors(found); return; }
    setSaving(true);
    setProblem(null);
    let id = athleteId;
    if (id === null) {
      const created = await client.createAthlete(buildAthlete(s));
      if (!created.ok) {
        setSaving(false);
        if (created.error.field) showErrors({ [created.error.field]: created.error.message });
        else setProblem(created.error.message);
        return;
      }
      id = created.value.id;
      setAthleteId(id); // a retry after a failed calendar does not create the athlete twice
    }
    const calendar = await client.putRunningCalendar(id, buildCalendar(s.week));
    setSaving(false);
    if (!calendar.ok) {
      if (calendar.error.field) showErrors({ [calendar.error.field]: calendar.error.message });
      else setProblem(`Your profile is saved, but not your running week: ${calendar.error.message}`);
      return;
    }
    writeDraft(account, null);
    navigate({ name: 'home' }, true);
  }

  return (
    <section class={`wizard step-${step}`}>
      <p class="step-count" aria-hidden="true">Step {index + 1} of {ONBOARDING_STEPS.length}</p>
      <h1 tabIndex={-1}><span class="visually-hidden">Step {index + 1} of {ONBOARDING_STEPS.length}: </span>{TITLES[step]}</h1>
      <ol class="progress" aria-label="Onboarding steps">
        {ONBOARDING_STEPS.map((st, i) => (
          <li class={i < index ? 'done' : i === index ? 'current' : ''} aria-current={i === index ? 'step' : undefined}>
            <span class="visually-hidden">{TITLES[st]}{i < index ? ' (done)' : ''}</span>
          </li>
        ))}
      </ol>
      {step === 'about' && account.role === 'runner' && (
        <details class="card handover">
          <summary>My coach already made my profile</summary>
          <HandoverCodeForm client={client} hint="Your coach made a profile and plan for you and gave you a code: enter it instead of answering these questions."
            onAccepted={() => { writeDraft(account, null); navigate({ name: 'plan' }, true); }} />
        </details>
      )}
      <form onSubmit={next} noValidate>
        <ErrorSummary errors={errors} />
        {problem && <Notice kind="error">{problem}</Notice>}
        <StepBody step={step} s={s} set={set} setS={setS} errors={errors} go={go} forCoach={account.role === 'coach'} />
        <div class="wizard-nav">
          {index > 0 && <button type="button" class="secondary" onClick={() => go(ONBOARDING_STEPS[index - 1] as OnboardingStep)}>Back</button>}
          <button type="submit" class="primary" disabled={saving}>
            {step === 'review' ? (saving ? 'Saving…' : 'Save profile') : 'Next'}
          </button>
        </div>
      </form>
    </section>
  );
}

export interface StepProps {
  step: OnboardingStep;
  s: WizardState;
  set: <K extends keyof WizardState>(k: K, v: WizardState[K]) => void;
  setS: (s: WizardState) => void;
  errors: FieldErrors;
  go: (to: OnboardingStep) => void;
  forCoach: boolean;
}

export function StepBody({ step, s, set, setS, errors, go, forCoach }: StepProps) {
  switch (step) {
    case 'about':
      return (
        <>
          {forCoach && <p class="lede">You are adding an athlete you coach: answer for them.</p>}
          <TextField path="$.name" label={forCoach ? "Athlete's name" : 'Name'} autoComplete="name" value={s.name} error={errors['$.name']} onInput={(v) => set('name', v)} />
          <ChoiceField path="$.sex" label="Sex (optional)" hint="Used only to weigh the heart-rate load of imported runs." value={s.sex} options={SEXES}
            labels={LABELS.sex} error={errors['$.sex']} onChange={(v) => set('sex', v)} layout="row" />
          <div class="two-up">
            <TextField path="$.birth_year" label="Birth year (optional)" hint="For age-appropriate loading." inputMode="numeric" autoComplete="bday-year"
              value={s.birthYear} error={errors['$.birth_year']} onInput={(v) => set('birthYear', v)} />
            <TextField path="$.body_mass_kg" label="Body mass in kg (optional)" hint="For loads relative to body mass." inputMode="decimal"
              value={s.bodyMassKg} error={errors['$.body_mass_kg']} onInput={(v) => set('bodyMassKg', v)} />
          </div>
        </>
      );
    case 'running':
      return (
        <>
          <div class="two-up">
            <TextField path="$.running.experience_years" label="Years of running" inputMode="decimal" hint="0 if you are just starting."
              value={s.experienceYears} error={errors['$.running.experience_years']} onInput={(v) => set('experienceYears', v)} />
            <TextField path="$.running.weekly_distance_km" label="Usual weekly distance (km)" inputMode="decimal" hint="An average of recent weeks."
              value={s.weeklyDistanceKm} error={errors['$.running.weekly_distance_km']} onInput={(v) => set('weeklyDistanceKm', v)} />
          </div>
          <TextField path="$.running.longest_run_km" label="Longest run in the last month (km, optional)" inputMode="decimal"
            value={s.longestRunKm} error={errors['$.running.longest_run_km']} onInput={(v) => set('longestRunKm', v)} />
          <ChoiceField path="$.running.surface" label="Where you run most" value={s.surface} options={SURFACES}
            labels={LABELS.surface} error={errors['$.running.surface']} onChange={(v) => set('surface', v)} layout="row" />
          <ChoiceField path="$.strength_experience" label="Strength-training experience" value={s.strengthExperience}
            options={STRENGTH_EXPERIENCE} labels={LABELS.strength} error={errors['$.strength_experience']}
            onChange={(v) => set('strengthExperience', v)} />
        </>
      );
    case 'goal':
      return (
        <>
          <ChoiceField path="$.goal.event" label="What are you training for?" value={s.event} options={GOAL_EVENTS}
            labels={LABELS.event} error={errors['$.goal.event']} onChange={(v) => set('event', v)} />
          {s.event !== '' && s.event !== 'general' && (
            <div class="two-up">
              <TextField path="$.goal.race_date" label="Race date" type="date" min={todayIso()}
                value={s.raceDate} error={errors['$.goal.race_date']} onInput={(v) => set('raceDate', v)} />
              <TextField path="$.goal.target_time" label="Target time (optional)" hint="h:mm:ss, e.g. 1:45:00" inputMode="numeric"
                value={s.targetTime} error={errors['$.goal.target_time']} onInput={(v) => set('targetTime', v)} />
            </div>
          )}
          {s.event === 'general' && <p class="hint">Your plan runs 12 weeks at a time and builds general strength and resilience.</p>}
        </>
      );
    case 'injuries':
      return <InjuriesStep s={s} setS={setS} errors={errors} />;
    case 'equipment':
      return (
        <CheckList path="$.equipment" label="What can you use for strength work?" hint="Tick all you have. Bodyweight is always included."
          values={s.equipment} options={EQUIPMENT} labels={LABELS.equipment} error={errors['$.equipment']}
          onToggle={(v) => set('equipment', toggle(s.equipment, v))} columns />
      );
    case 'availability':
      return (
        <>
          <ChoiceField path="$.availability.strength_sessions_per_week" label="Strength sessions a week"
            hint="Two is the usual start; the plan may place short mobility sessions too."
            value={String(s.sessionsPerWeek) as '1' | '2' | '3' | '4'}
            options={['1', '2', '3', '4'] as const} labels={{ 1: '1', 2: '2', 3: '3', 4: '4' }}
            error={errors['$.availability.strength_sessions_per_week']} onChange={(v) => set('sessionsPerWeek', Number(v))} layout="row" />
          <div class={`field${errors['$.availability.session_minutes'] ? ' has-error' : ''}`}>
            <label for={fieldId('$.availability.session_minutes')}>Minutes per session: <strong>{s.sessionMinutes}</strong></label>
            <input type="range" id={fieldId('$.availability.session_minutes')} min={SESSION_MINUTES.min} max={SESSION_MINUTES.max}
              step={SESSION_MINUTES.step} value={s.sessionMinutes} aria-valuetext={`${s.sessionMinutes} minutes`}
              onInput={(e) => set('sessionMinutes', Number((e.currentTarget as HTMLInputElement).value))} />
            <p class="hint range-ends" aria-hidden="true"><span>{SESSION_MINUTES.min} min</span><span>{SESSION_MINUTES.max} min</span></p>
            {errors['$.availability.session_minutes'] && <p class="field-error">{errors['$.availability.session_minutes']}</p>}
          </div>
          <CheckList path="$.availability.days" label="Days you can do strength work" values={s.days} options={WEEKDAYS}
            labels={LABELS.weekday} error={errors['$.availability.days']} onToggle={(v) => set('days', toggle(s.days, v))} columns />
          <p class="hint">Between {SESSIONS_PER_WEEK.min} and {SESSIONS_PER_WEEK.max} sessions of {SESSION_MINUTES.min} to {SESSION_MINUTES.max} minutes.</p>
        </>
      );
    case 'week':
      return <WeekStep s={s} set={set} errors={errors} />;
    case 'review':
      return <Review s={s} go={go} />;
  }
}

function InjuriesStep({ s, setS, errors }: { s: WizardState; setS: (s: WizardState) => void; errors: FieldErrors }) {
  const update = (i: number, patch: Partial<InjuryDraft>) =>
    setS({ ...s, injuries: s.injuries.map((inj, j) => (j === i ? { ...inj, ...patch } : inj)) });
  const add = () => {
    setS({ ...s, injuries: [...s.injuries, emptyInjury()] });
    queueMicrotask(() => document.getElementById(fieldId(`$.injuries[${s.injuries.length}].region`))?.focus());
  };
  return (
    <>
      <p class="lede">List any injury that hurts now, is healing, or kept you from running in the past two years.
        Stride keeps exercises that load it out of your plan while it is current.</p>
      {s.injuries.length === 0 && <p class="empty">No injuries listed.</p>}
      {s.injuries.map((inj, i) => {
        const p = `$.injuries[${i}]`;
        return (
          <fieldset class="card injury">
            <legend>Injury {i + 1}</legend>
            <SelectField path={`${p}.region`} label="Where" value={inj.region} options={INJURY_REGIONS} labels={LABELS.region}
              error={errors[`${p}.region`]} onChange={(v) => update(i, { region: v })} />
            <ChoiceField path={`${p}.side`} label="Side" value={inj.side} options={SIDES} labels={LABELS.side}
              error={errors[`${p}.side`]} onChange={(v) => update(i, { side: v })} layout="row" />
            <SelectField path={`${p}.status`} label="How is it now?" value={inj.status} options={INJURY_STATUSES} labels={LABELS.status}
              error={errors[`${p}.status`]} onChange={(v) => update(i, { status: v })} />
            <TextField path={`${p}.date`} label="When it started (optional)" hint="Month as YYYY-MM" inputMode="numeric"
              value={inj.date} error={errors[`${p}.date`]} onInput={(v) => update(i, { date: v })} />
            <button type="button" class="secondary small" onClick={() => setS({ ...s, injuries: s.injuries.filter((_, j) => j !== i) })}>
              Remove injury {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="secondary" onClick={add}>Add an injury</button>
    </>
  );
}

function WeekStep({ s, set, errors }: { s: WizardState; set: StepProps['set']; errors: FieldErrors }) {
  const summary = summarizeWeek(s.week);
  return (
    <>
      <p class="lede">Set each day to what you usually run. Stride puts heavy strength work away from your key runs
        (workouts, long runs and races).</p>
      <div class="week-tiles">
        {WEEKDAYS.map((day) => {
          const tile = s.week[day];
          const p = `$.weekly_template.${day}`;
          const err = errors[`${p}.distance_km`];
          return (
            <div class={`day-tile run-${tile.type}`}>
              <label for={fieldId(p)} class="day-name">{LABELS.weekday[day]}</label>
              <select id={fieldId(p)} value={tile.type}
                onChange={(e) => set('week', { ...s.week, [day]: { ...tile, type: (e.currentTarget as HTMLSelectElement).value } })}>
                {RUN_TYPES.map((t) => <option value={t}>{LABELS.runType[t]}</option>)}
              </select>
              {takesDistance(tile.type) && (
                <div class="tile-km">
                  <input id={fieldId(`${p}.distance_km`)} inputMode="decimal" value={tile.distanceKm}
                    aria-label={`${LABELS.weekday[day]} distance in km (optional)`} aria-invalid={err ? 'true' : undefined}
                    onInput={(e) => set('week', { ...s.week, [day]: { ...tile, distanceKm: (e.currentTarget as HTMLInputElement).value } })} />
                  <span aria-hidden="true">km</span>
                </div>
              )}
              {err && <p class="field-error">Not a number of km.</p>}
            </div>
          );
        })}
      </div>
      <p class="week-summary" role="status">
        {summary.runDays} running days, {summary.keyRuns} key runs, {summary.restDays} rest days
        {summary.plannedKm > 0 ? `, ${summary.plannedKm.toLocaleString('en', { maximumFractionDigits: 1 })} km listed` : ''}.
      </p>
    </>
  );
}

function Review({ s, go }: { s: WizardState; go: (to: OnboardingStep) => void }) {
  const a = buildAthlete(s);
  const goal = a.goal.event === 'general' ? LABELS.event.general
    : `${LABELS.event[a.goal.event]} on ${a.goal.race_date}${a.goal.target_time ? ` in ${a.goal.target_time}` : ''}`;
  const rows: Array<[string, string, OnboardingStep]> = [
    ['Name', a.name, 'about'],
    ['Running', `${a.running.experience_years} years, ${a.running.weekly_distance_km} km a week, mostly ${LABELS.surface[a.running.surface].toLowerCase()}`, 'running'],
    ['Strength experience', LABELS.strength[a.strength_experience].split(':')[0] ?? '', 'running'],
    ['Goal', goal, 'goal'],
    ['Injuries', a.injuries.length === 0 ? 'None' : a.injuries.map((i) => `${LABELS.region[i.region]} (${i.side}, ${i.status})`).join('; '), 'injuries'],
    ['Equipment', a.equipment.length === 0 ? 'Bodyweight only' : a.equipment.map((e) => LABELS.equipment[e]).join(', '), 'equipment'],
    ['Strength time', `${a.availability.strength_sessions_per_week} × ${a.availability.session_minutes} min on ${a.availability.days.map((d) => LABELS.weekdayShort[d]).join(', ')}`, 'availability'],
    ['Running week', WEEKDAYS.map((d) => `${LABELS.weekdayShort[d]} ${LABELS.runType[s.week[d].type].toLowerCase()}${s.week[d].type !== 'rest' && s.week[d].distanceKm.trim() ? ` ${s.week[d].distanceKm.trim()} km` : ''}`).join(', '), 'week'],
  ];
  return (
    <dl class="review">
      {rows.map(([k, v, step]) => (
        <div class="review-row">
          <dt>{k}</dt>
          <dd>{v}</dd>
          <dd><button type="button" class="link" onClick={() => go(step)} aria-label={`Change ${k.toLowerCase()}`}>Change</button></dd>
        </div>
      ))}
    </dl>
  );
}
