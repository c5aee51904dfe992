import { useState } from 'preact/hooks';
import type { Account, ApiClient } from '../api/client';
import type { Navigate } from '../app';
import { MIN_PASSWORD_LENGTH, signUpBody, validateSignUp, type FieldErrors, type SignUpForm } from '../domain/account';
import { LABELS, ROLES } from '../domain/enums';
import { ChoiceField, ErrorSummary, Notice, TextField } from '../components/fields';

const ROLE_LABELS = {
  runner: 'Runner: I train for myself',
  coach: 'Coach: I train other runners',
} satisfies Record<keyof typeof LABELS.role, string>;

export function SignUpPage({ client, navigate, onSignedIn }: { client: ApiClient; navigate: Navigate; onSignedIn: (a: Account) => void }) {
  const [form, setForm] = useState<SignUpForm>({ role: 'runner', email: '', password: '', displayName: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SignUpForm>(k: K, v: SignUpForm[K]) => setForm({ ...form, [k]: v });

  async function submit(e: Event) {
    e.preventDefault();
    setProblem(null);
    const found = validateSignUp(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const r = await client.signUp(signUpBody(form));
    setBusy(false);
    if (r.ok) { onSignedIn(r.value.account); return; }
    if (r.error.field) setErrors({ [r.error.field]: r.error.message });
    else if (r.error.code === 'conflict') setErrors({ '$.email': r.error.message });
    else setProblem(r.error.message);
  }

  return (
    <section class="narrow">
      <h1 tabIndex={-1}>Create your Stride account</h1>
      <p class="lede">Strength, mobility and injury prevention, planned around your running.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        {problem && <Notice kind="error">{problem}</Notice>}
        <ChoiceField path="$.role" label="I am a" value={form.role} options={ROLES} labels={ROLE_LABELS}
          error={errors['$.role']} onChange={(v) => set('role', v)} />
        <TextField path="$.display_name" label="Display name" hint="Shown to you and, if you invite one, your coach."
          autoComplete="name" value={form.displayName} error={errors['$.display_name']} onInput={(v) => set('displayName', v)} />
        <TextField path="$.email" label="E-mail" type="email" autoComplete="email" inputMode="email"
          value={form.email} error={errors['$.email']} onInput={(v) => set('email', v)} />
        <TextField path="$.password" label="Password" type="password" autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words work well.`}
          value={form.password} error={errors['$.password']} onInput={(v) => set('password', v)} />
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Creating account…' : 'Create account'}</button>
      </form>
      <p class="switch">Already have an account? <button type="button" class="link" onClick={() => navigate({ name: 'signin' })}>Sign in</button></p>
    </section>
  );
}
