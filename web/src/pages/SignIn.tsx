import { useState } from 'preact/hooks';
import type { Account, ApiClient } from '../api/client';
import type { Navigate } from '../app';
import { validateSignIn, type FieldErrors, type SignInForm } from '../domain/account';
import { ErrorSummary, Notice, TextField } from '../components/fields';

export function SignInPage({ client, navigate, onSignedIn }: { client: ApiClient; navigate: Navigate; onSignedIn: (a: Account) => void }) {
  const [form, setForm] = useState<SignInForm>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setProblem(null);
    const found = validateSignIn(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const r = await client.signIn(form);
    setBusy(false);
    if (r.ok) { onSignedIn(r.value.account); return; }
    if (r.error.code === 'unauthenticated') setProblem('That e-mail and password do not match an account.');
    else if (r.error.code === 'rate_limited') {
      setProblem(`Too many failed sign-ins. Try again in ${r.error.retryAfter ?? 60} seconds.`);
    } else if (r.error.field) setErrors({ [r.error.field]: r.error.message });
    else setProblem(r.error.message);
  }

  return (
    <section class="narrow">
      <h1 tabIndex={-1}>Sign in to Stride</h1>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        {problem && <Notice kind="error">{problem}</Notice>}
        <TextField path="$.email" label="E-mail" type="email" autoComplete="username" inputMode="email"
          value={form.email} error={errors['$.email']} onInput={(v) => setForm({ ...form, email: v })} />
        <TextField path="$.password" label="Password" type="password" autoComplete="current-password"
          value={form.password} error={errors['$.password']} onInput={(v) => setForm({ ...form, password: v })} />
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p class="switch">New to Stride? <button type="button" class="link" onClick={() => navigate({ name: 'signup' })}>Create an account</button></p>
    </section>
  );
}
