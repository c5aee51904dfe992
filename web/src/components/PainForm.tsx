// Report pain at any time: region, side, 0–10 and when. POSTs a contract §3.4 pain entry with a
// client_id, so a retried send never stores it twice.
import { useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import { INJURY_REGIONS, LABELS, SIDES, type InjuryRegion, type Side } from '../domain/enums';
import { PAIN_WHEN, type PainWhen } from '../domain/documents';
import { newClientId } from '../domain/training';
import { todayIso } from '../domain/athlete';
import { ChoiceField, ErrorSummary, fieldId, Notice, SelectField } from './fields';

const WHEN_LABELS: Record<PainWhen, string> = { during: 'During training', after: 'After training', next_morning: 'The next morning' };

export function PainForm({ client, athleteId, onDone }: { client: ApiClient; athleteId: number | string; onDone?: () => void }) {
  const [open, setOpen] = useState(false);
  const [region, setRegion] = useState<InjuryRegion | ''>('');
  const [side, setSide] = useState<Side | ''>('');
  const [score, setScore] = useState(3);
  const [when, setWhen] = useState<PainWhen | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [clientId, setClientId] = useState(newClientId);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <div class="pain-open">
        {sent && <Notice kind="info">{sent}</Notice>}
        <button type="button" class="secondary pain-button" onClick={() => { setOpen(true); setSent(null); }}>Report pain</button>
      </div>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (region === '') errs['$.region'] = 'Choose where it hurts.';
    if (side === '') errs['$.side'] = 'Choose the side.';
    if (when === '') errs['$.when'] = 'Choose when it hurt.';
    setErrors(errs);
    setProblem(null);
    if (Object.keys(errs).length) return;
    setBusy(true);
    const r = await client.postPain(athleteId, { client_id: clientId, date: todayIso(), region: region as InjuryRegion, side: side as Side, score, when: when as PainWhen });
    setBusy(false);
    if (!r.ok) {
      if (r.error.field) setErrors({ [r.error.field.replace(/^\$\.pain\[\d+\]/, '$')]: r.error.message });
      setProblem(r.error.message);
      return;
    }
    setSent(`Pain saved: ${LABELS.side[side as Side].toLowerCase()} ${LABELS.region[region as InjuryRegion].toLowerCase()}, ${score}/10. ${score >= 5 ? 'Your plan will suggest swaps on Today.' : ''}`);
    setOpen(false); setRegion(''); setSide(''); setScore(3); setWhen(''); setProblem(null); setClientId(newClientId());
    onDone?.();
  };

  return (
    <form class="card pain-form" onSubmit={submit} noValidate aria-labelledby="pain-title">
      <h2 id="pain-title">Report pain</h2>
      <ErrorSummary errors={errors} />
      {problem && !Object.keys(errors).length && <Notice kind="error">{problem}</Notice>}
      <SelectField path="$.region" label="Where does it hurt?" value={region} options={INJURY_REGIONS} labels={LABELS.region}
        error={errors['$.region']} onChange={setRegion} />
      <ChoiceField path="$.side" label="Side" value={side} options={SIDES} labels={LABELS.side} error={errors['$.side']} onChange={setSide} layout="row" />
      <div class="field">
        <label for={fieldId('$.score')}>How much, from 0 (none) to 10 (worst)? <strong>{score}/10</strong></label>
        <input type="range" id={fieldId('$.score')} min={0} max={10} step={1} value={score} aria-valuetext={`${score} out of 10`}
          onInput={(e) => setScore(Number((e.currentTarget as HTMLInputElement).value))} />
        <p class="hint range-ends" aria-hidden="true"><span>0 none</span><span>10 worst</span></p>
      </div>
      <ChoiceField path="$.when" label="When" value={when} options={PAIN_WHEN} labels={WHEN_LABELS} error={errors['$.when']} onChange={setWhen} />
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => setOpen(false)}>Cancel</button>
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Saving…' : 'Save pain report'}</button>
      </div>
    </form>
  );
}
