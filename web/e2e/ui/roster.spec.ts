// The coach's roster with the server's attention codes (docs/http.md): a runner whose pain is above
// 5/10 or rising comes after a warning flag and before missed sessions, and the reason is said in
// words; "Needs attention" hides the runner who needs nothing.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

const entry = (id: number, name: string, attention: string[], latestPain: unknown = null) => ({
  id, name, owner: false, next_race: null, phase: 'strength', compliance_7d: 1, compliance_28d: 1, flags: [],
  last_activity: '2026-12-06', worst_flag: null, week_sessions: { planned: 2, done: 1 }, latest_pain: latestPain,
  weekly_load: [120, 140], attention, unread_notes: 0,
});

test('the roster puts rising pain after a warning flag and says it in words', async ({ page }) => {
  const pain = { date: '2026-12-06', region: 'knee', side: 'left', score: 6, when: 'after', client_id: null };
  await mockApi(page, {
    signedIn: true, role: 'coach',
    roster: [
      entry(1, 'Ana', ['missed_sessions']),
      entry(2, 'Bo', []),
      entry(3, 'Cy', ['rising_pain'], pain),
      entry(4, 'Di', ['warning_flag', 'rising_pain'], pain),
    ],
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your runners' })).toBeVisible();
  await expect(page.getByText(/4 runners; 3 need your attention now\./)).toBeVisible();
  const names = page.locator('table.roster-table tbody th[scope=row] > a');
  await expect(names).toHaveText(['Di', 'Cy', 'Ana', 'Bo']);
  const cy = page.getByRole('row', { name: /Cy/ });
  await expect(cy.getByRole('listitem')).toHaveText(['Pain above 5/10 or rising']);
  await expect(cy).toContainText('6/10');
  await page.getByRole('radio', { name: 'Needs attention' }).check();
  await expect(names).toHaveText(['Di', 'Cy', 'Ana']);
});
