// The movement assessment: one step per overhead-squat checkpoint, the single-leg squat, the
// single-leg balance with a stopwatch per side, a review, then the findings and the corrective
// routine of the stride.assessment.v1 answer.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import type { Navigate } from '../app';
import {
  ASSESSMENT_STEPS, OVERHEAD_SQUAT_CHECKPOINTS, SINGLE_LEG_SQUAT, buildAssessment, initialAssessment,
  startStopwatch, stepForAssessmentField, stopStopwatch, stopwatchIdle, stopwatchSeconds, validateAssessment,
  type AssessmentState, type AssessmentStep, type Compensation, type Stopwatch,
} from '../domain/assessment';
import { todayIso } from '../domain/athlete';
import { humanize, isExercises, type AssessmentDocument, type Exercise, type SideValue } from '../domain/documents';
import { ChoiceField, ErrorSummary, Notice, TextField } from '../components/fields';
import { CheckpointDrawing, SingleLegDrawing } from '../components/Drawings';
import { ItemCard } from '../components/Item';

const SIDE_LABELS: Record<SideValue, string> = { none: 'No', left: 'Left', right: 'Right', both: 'Both' };
const YES_NO = { no: 'No', yes: 'Yes' } as const;
const TITLES: Record<AssessmentStep, string> = {
  feet: 'Overhead squat: feet', knees: 'Overhead squat: knees', low_back: 'Overhead squat: low back',
  trunk: 'Overhead squat: trunk', arms: 'Overhead squat: arms', shoulders: 'Overhead squat: shoulders',
  head: 'Overhead squat: head', single_leg_squat: 'Single-leg squat', balance: 'Single-leg balance', review: 'Check and send',
};
const BLOCK_TITLES: Record<string, string> = {
  inhibit: '1. Inhibit: roll the overactive muscles', lengthen: '2. Lengthen: stretch them',
  activate: '3. Activate: wake up the underactive ones', integrate: '4. Integrate: put it together in a movement',
};
/** Compensations answered by side; the others are present or not, whatever side the engine writes. */
const sidedKeys = new Set([...OVERHEAD_SQUAT_CHECKPOINTS.flatMap((c) => c.compensations), ...SINGLE_LEG_SQUAT].filter((c) => c.kind === 'sided').map((c) => c.key));
const DRAFT_KEY = (id: number | string) => `stride.assessment.draft:${id}`;

function CompensationField({ c, prefix, value, onChange, error }: {
  c: Compensation; prefix: string; value: SideValue | boolean | undefined; onChange: (v: SideValue | boolean) => void; error?: string | undefined;
}) {
  const path = `$.${prefix}.${c.key}`;
  if (c.kind === 'sided') {
    return <ChoiceField path={path} label={c.label} hint={c.look} value={(value as SideValue) ?? 'none'}
      options={['none', 'left', 'right', 'both'] as const} labels={SIDE_LABELS} onChange={onChange} layout="row" error={error} />;
  }
  return <ChoiceField path={path} label={c.label} hint={c.look} value={value === true ? 'yes' : 'no'}
    options={['no', 'yes'] as const} labels={YES_NO} onChange={(v) => onChange(v === 'yes')} layout="row" error={error} />;
}

export function AssessmentPage({ client, athleteId, step, navigate }: { client: ApiClient; athleteId: number | string; step: AssessmentStep; navigate: Navigate }) {
  const [s, setS] = useState<AssessmentState>(() => {
    try {
      const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY(athleteId)) ?? 'null') as AssessmentState | null;
      if (saved && typeof saved.date === 'string' && saved.overhead && saved.singleLeg && saved.balance) return saved;
    } catch { /* a broken draft starts afresh */ }
    return initialAssessment(todayIso());
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<AssessmentDocument | null>(null);
  const [latest, setLatest] = useState<AssessmentDocument | null>(null);
  const [exercises, setExercises] = useState<Map<string, Exercise> | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [watch, setWatch] = useState<Record<'left' | 'right', Stopwatch>>({ left: stopwatchIdle, right: stopwatchIdle });
  const [, tick] = useState(0);

  useEffect(() => { sessionStorage.setItem(DRAFT_KEY(athleteId), JSON.stringify(s)); }, [s]);
  useEffect(() => {
    void client.listAssessments(athleteId).then((r) => { if (r.ok && r.value.assessments.length) setLatest(r.value.assessments[r.value.assessments.length - 1]!); });
    void client.exercises().then((r) => { if (r.ok && isExercises(r.value)) setExercises(new Map(r.value.exercises.map((e) => [e.id, e]))); });
  }, []);
  const running = watch.left.running || watch.right.running;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => tick((n) => n + 1), 100);
    return () => clearInterval(t);
  }, [running]);

  const index = ASSESSMENT_STEPS.indexOf(step);
  const go = (to: AssessmentStep) => { setErrors({}); navigate({ name: 'assess', step: to }); };

  const next = async (e: Event) => {
    e.preventDefault();
    const errs = validateAssessment(s, step);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    if (step !== 'review') { go(ASSESSMENT_STEPS[index + 1]!); return; }
    setSending(true); setProblem(null);
    const r = await client.postAssessment(athleteId, buildAssessment(s));
    setSending(false);
    if (!r.ok) {
      if (r.error.field) { setErrors({ [r.error.field]: r.error.message }); navigate({ name: 'assess', step: stepForAssessmentField(r.error.field) }); }
      setProblem(r.error.message);
      return;
    }
    sessionStorage.removeItem(DRAFT_KEY(athleteId));
    setResult(r.value);
    setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
  };

  if (result) return <AssessmentResult doc={result} exercises={exercises} navigate={navigate} again={() => { setResult(null); setS(initialAssessment(todayIso())); go('feet'); }} />;

  const checkpoint = OVERHEAD_SQUAT_CHECKPOINTS.find((c) => c.id === step);
  const setOverhead = (key: string, v: SideValue | boolean) => setS({ ...s, overhead: { ...s.overhead, [key]: v } });
  const now = Date.now();

  return (
    <section class="assessment">
      <p class="step-count" aria-hidden="true">Step {index + 1} of {ASSESSMENT_STEPS.length}</p>
      <h1 tabIndex={-1}><span class="visually-hidden">Step {index + 1} of {ASSESSMENT_STEPS.length}: </span>{TITLES[step]}</h1>
      <ol class="progress" aria-label="Assessment steps">
        {ASSESSMENT_STEPS.map((st, i) => <li class={i < index ? 'done' : i === index ? 'current' : ''} aria-current={i === index ? 'step' : undefined}><span class="visually-hidden">{TITLES[st]}</span></li>)}
      </ol>
      {step === 'feet' && latest && (
        <details class="card">
          <summary>Your latest assessment{latest.date ? ` (${latest.date})` : ''}: {latest.findings.length} findings, a {latest.routine.minutes}-minute routine</summary>
          <button type="button" class="secondary" onClick={() => setResult(latest)}>Show its routine</button>
        </details>
      )}
      <form onSubmit={next} noValidate>
        <ErrorSummary errors={errors} />
        {problem && <Notice kind="error">{problem}</Notice>}
        {checkpoint && (
          <>
            <CheckpointDrawing checkpoint={checkpoint} />
            {checkpoint.compensations.map((c) => (
              <CompensationField c={c} prefix="overhead_squat" value={s.overhead[c.key]} error={errors[`$.overhead_squat.${c.key}`]}
                onChange={(v) => setOverhead(c.key, v)} />
            ))}
          </>
        )}
        {step === 'single_leg_squat' && (
          <>
            <SingleLegDrawing />
            {SINGLE_LEG_SQUAT.map((c) => (
              <CompensationField c={c} prefix="single_leg_squat" value={s.singleLeg[c.key]} error={errors[`$.single_leg_squat.${c.key}`]}
                onChange={(v) => setS({ ...s, singleLeg: { ...s.singleLeg, [c.key]: v as SideValue } })} />
            ))}
          </>
        )}
        {step === 'balance' && (
          <>
            <SingleLegDrawing balance />
            {(['left', 'right'] as const).map((side) => (
              <fieldset class="field stopwatch">
                <legend>Standing on the {side} leg</legend>
                <p class="stopwatch-time" aria-live="off">{stopwatchSeconds(watch[side], now).toFixed(1)} s</p>
                <button type="button" class={watch[side].running ? 'primary' : 'secondary'}
                  onClick={() => {
                    if (watch[side].running) {
                      const stopped = stopStopwatch(watch[side], Date.now());
                      setWatch({ ...watch, [side]: stopped });
                      setS({ ...s, balance: { ...s.balance, [side]: stopwatchSeconds(stopped, 0).toFixed(1) } });
                    } else setWatch({ ...watch, [side]: startStopwatch(watch[side], Date.now()) });
                  }}>
                  {watch[side].running ? `Stop the ${side} leg` : `Start the ${side} leg`}
                </button>
                <TextField path={`$.single_leg_balance_s.${side}`} label={`Seconds on the ${side} leg`} inputMode="decimal"
                  hint="Filled in by the stopwatch; or type the time." value={s.balance[side]} error={errors[`$.single_leg_balance_s.${side}`]}
                  onInput={(v) => setS({ ...s, balance: { ...s.balance, [side]: v } })} />
              </fieldset>
            ))}
          </>
        )}
        {step === 'review' && <Review s={s} go={go} />}
        <div class="wizard-nav">
          {index > 0 && <button type="button" class="secondary" onClick={() => go(ASSESSMENT_STEPS[index - 1]!)}>Back</button>}
          <button type="submit" class="primary" disabled={sending}>{step === 'review' ? (sending ? 'Sending…' : 'Send assessment') : 'Next'}</button>
        </div>
      </form>
    </section>
  );
}

function Review({ s, go }: { s: AssessmentState; go: (to: AssessmentStep) => void }) {
  const seen = (v: SideValue | boolean | undefined) => v === true ? 'yes' : v === false || v === 'none' || v === undefined ? null : v;
  return (
    <dl class="review">
      {OVERHEAD_SQUAT_CHECKPOINTS.map((c) => {
        const found = c.compensations.map((k) => [k.label, seen(s.overhead[k.key])] as const).filter(([, v]) => v !== null);
        return (
          <div class="review-row">
            <dt>{c.title}</dt>
            <dd>{found.length ? found.map(([l, v]) => `${l} (${v})`).join('; ') : 'Nothing seen'}</dd>
            <button type="button" class="link" onClick={() => go(c.id)}>Change<span class="visually-hidden"> {c.title}</span></button>
          </div>
        );
      })}
      <div class="review-row">
        <dt>Single-leg squat</dt>
        <dd>{SINGLE_LEG_SQUAT.map((k) => [k.label, seen(s.singleLeg[k.key])] as const).filter(([, v]) => v !== null).map(([l, v]) => `${l} (${v})`).join('; ') || 'Nothing seen'}</dd>
        <button type="button" class="link" onClick={() => go('single_leg_squat')}>Change<span class="visually-hidden"> single-leg squat</span></button>
      </div>
      <div class="review-row">
        <dt>Balance</dt>
        <dd>Left {s.balance.left || '?'} s, right {s.balance.right || '?'} s</dd>
        <button type="button" class="link" onClick={() => go('balance')}>Change<span class="visually-hidden"> balance</span></button>
      </div>
    </dl>
  );
}

export function AssessmentResult({ doc, exercises, navigate, again }: { doc: AssessmentDocument; exercises?: Map<string, Exercise> | undefined; navigate: Navigate; again: () => void }) {
  return (
    <section class="assessment-result">
      <h1 tabIndex={-1}>Your findings and routine</h1>
      <div class="card">
        <h2>What the assessment found</h2>
        {doc.findings.length === 0 ? <p>Nothing to correct: no compensations were seen.</p> : (
          <ul class="findings">
            {doc.findings.map((f) => (
              <li>
                <strong>{humanize(f.compensation)}</strong>{sidedKeys.has(f.compensation) && f.side && f.side !== 'none' ? (f.side === 'both' ? ' (both sides)' : ` (${f.side})`) : ''}, {f.test === 'overhead_squat' ? 'overhead squat' : 'single-leg squat'}.
                {' '}Likely overactive: {f.overactive.map(humanize).join(', ').toLowerCase()}. Likely underactive: {f.underactive.map(humanize).join(', ').toLowerCase()}.
              </li>
            ))}
          </ul>
        )}
        {doc.imbalances.filter((i) => i.left !== null && i.right !== null).map((i) => (
          <p>Balance: {i.left} s on the left, {i.right} s on the right: the {i.weaker_side} side is weaker{i.difference_pct !== null ? ` by ${Math.round(i.difference_pct)} %` : ''}.</p>
        ))}
      </div>
      <h2>Your corrective routine: about {doc.routine.minutes} minutes</h2>
      <p class="lede">In this order: roll, stretch, activate, then integrate. Do it as the warm-up before runs and strength sessions.</p>
      {doc.routine.blocks.map((b) => (
        <section class="block" aria-labelledby={`block-${b.name}`}>
          <h3 id={`block-${b.name}`}>{BLOCK_TITLES[b.name] ?? humanize(b.name)}</h3>
          <ul class="items">{b.items.map((item) => <ItemCard item={item} exercises={exercises} />)}</ul>
        </section>
      ))}
      {doc.routine.left_out && doc.routine.left_out.length > 0 && (
        <details class="card">
          <summary>Left out ({doc.routine.left_out.length})</summary>
          <ul>{doc.routine.left_out.map((l) => <li>{exercises?.get(l.exercise)?.name ?? humanize(l.exercise)}: {l.reason}</li>)}</ul>
        </details>
      )}
      {doc.notes.length > 0 && <div class="card"><h2>Notes</h2><ul>{doc.notes.map((n) => <li>{n}</li>)}</ul></div>}
      <div class="button-row">
        <button type="button" class="primary" onClick={() => navigate({ name: 'plan' })}>See my plan</button>
        <button type="button" class="secondary" onClick={again}>Assess again</button>
      </div>
    </section>
  );
}
