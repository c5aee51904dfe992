import { useEffect, useState } from 'preact/hooks';
import type { Account, ApiClient, AthleteSummary } from '../api/client';
import type { Navigate } from '../app';
import { Notice } from '../components/fields';

/** A signed-in runner without an athlete of their own yet: sent on to onboarding. */
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
    if (athletes !== null && !own) navigate({ name: 'onboarding', step: 'about' }, true);
  }, [athletes]);

  return (
    <section>
      <h1 tabIndex={-1}>Hello, {account.display_name}</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      {!problem && <p role="status">Loading…</p>}
    </section>
  );
}
