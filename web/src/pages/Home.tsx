import { useEffect, useState } from 'preact/hooks';
import type { Account, ApiClient, AthleteSummary } from '../api/client';
import type { Navigate } from '../app';
import { Notice } from '../components/fields';

export function HomePage({ client, account, navigate }: { client: ApiClient; account: Account; navigate: Navigate }) {
  const [athletes, setAthletes] = useState<AthleteSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void client.listAthletes().then((r) => {
      if (r.ok) setAthletes(r.value.athletes);
      else setProblem(r.error.message);
    });
  }, []);

  const own = athletes?.find((a) => a.owner);
  useEffect(() => {
    // A runner with no athlete yet has not finished onboarding.
    if (athletes !== null && !own && account.role === 'runner') navigate({ name: 'onboarding', step: 'about' }, true);
  }, [athletes]);

  return (
    <section>
      <h1 tabIndex={-1}>Hello, {account.display_name}</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      {athletes === null && !problem && <p role="status">Loading…</p>}
      {own && (
        <div class="card">
          <h2>Your profile is saved</h2>
          <p>Next: a five-minute movement assessment, then your strength plan built around your running week.
            Those pages are on their way.</p>
        </div>
      )}
      {account.role === 'coach' && athletes !== null && (
        <div class="card">
          <h2>Your athletes</h2>
          {athletes.length === 0 ? <p>No athletes yet. The roster and invitations come next.</p>
            : <ul>{athletes.map((a) => <li>{a.name}</li>)}</ul>}
          <button type="button" class="secondary" onClick={() => navigate({ name: 'onboarding', step: 'about' })}>Add an athlete</button>
        </div>
      )}
    </section>
  );
}
