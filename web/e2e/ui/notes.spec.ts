// Notes between a runner and their coach: the runner's thread on Today and a session's thread on its
// page (reading marks them read, a note is checked before it is sent and added in place), the
// coach's view of a runner with the same threads, and the roster's unread count per runner.
import { expect, test } from '@playwright/test';
import { mockApi, type MockApi } from './mock-api';

const fromCoach: MockApi['notes'][number] = {
  id: 4, author: { id: 7, display_name: 'Coach Lee' }, written: '2026-12-06T18:30:00Z', session: null,
  text: 'How did the knee feel on the long run?',
};
const onStabilityA: MockApi['notes'][number] = {
  id: 5, author: { id: 7, display_name: 'Coach Lee' }, written: '2026-12-06T18:35:00Z',
  session: { date: '2026-11-25', index: 0 }, text: 'Slow the lowering on the split squats.',
};

test('the runner reads and writes the thread with their coach on Today', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true, notes: [fromCoach, onStabilityA] });
  await page.goto('/');
  const thread = page.getByRole('region', { name: /^Notes with your coach/ });
  await expect(thread.getByRole('heading', { name: 'Notes with your coach 1 unread note' })).toBeVisible();
  const list = thread.getByRole('list', { name: 'Notes with your coach' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText('How did the knee feel on the long run?')).toBeVisible();
  await expect(list.getByText('Coach Lee')).toBeVisible();
  await expect(list.getByText('6 Dec 2026, 18:30 UTC')).toBeVisible();
  await expect.poll(() => api.notesRead).toEqual([4]);

  await thread.getByRole('button', { name: 'Save note' }).click();
  await expect(thread.getByText('Write something first.')).toBeVisible();
  await expect(thread.getByLabel('Add a note')).toHaveAttribute('aria-invalid', 'true');
  expect(api.notesPosted).toEqual([]);

  await thread.getByLabel('Add a note').fill('  Left knee ached on the split squats.\nFine on the run.  ');
  await thread.getByRole('button', { name: 'Save note' }).click();
  await expect(thread.getByRole('status').filter({ hasText: 'Note added.' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').last().getByText('You')).toBeVisible();
  await expect(thread.getByLabel('Add a note')).toHaveValue('');
  expect(api.notesPosted).toEqual([{ text: 'Left knee ached on the split squats.\nFine on the run.' }]);
});

test('a session page shows that session\'s thread and writes to it', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true, notes: [fromCoach, onStabilityA] });
  await page.goto('/#/plan/session/2026-11-25-a');
  await expect(page.getByRole('heading', { name: 'Stability A', level: 1 })).toBeVisible();
  const thread = page.getByRole('region', { name: /^Notes on this session/ });
  await expect(thread.getByText('Slow the lowering on the split squats.')).toBeVisible();
  await expect(thread.getByText('How did the knee feel on the long run?')).toHaveCount(0);
  await expect.poll(() => api.notesRead).toEqual([5]);
  await thread.getByLabel('Add a note').fill('Done, much better.');
  await thread.getByRole('button', { name: 'Save note' }).click();
  await expect(thread.getByText('Done, much better.')).toBeVisible();
  expect(api.notesPosted).toEqual([{ text: 'Done, much better.', session: { date: '2026-11-25', index: 0 } }]);
});

test('a note the server refuses shows its words at the field', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/');
  const thread = page.getByRole('region', { name: /^Notes with your coach/ });
  await expect(thread.getByText('No notes yet.')).toBeVisible();
  await thread.getByLabel('Add a note').fill('x'.repeat(2001));
  await thread.getByRole('button', { name: 'Save note' }).click();
  await expect(thread.getByText('This note is 2001 characters long; the limit is 2000.')).toBeVisible();
  expect(api.notesPosted).toEqual([]);
});

const rosterEntry = (id: number, name: string, unread: number) => ({
  id, name, owner: false, next_race: null, phase: null, compliance_7d: null, compliance_28d: null, flags: [],
  last_activity: '2026-12-05', worst_flag: null, week_sessions: { planned: 0, done: 0 }, latest_pain: null,
  weekly_load: [], attention: [], unread_notes: unread,
});

test('the roster counts each runner\'s unread notes and the coach answers in the runner\'s thread', async ({ page }) => {
  const fromRunner = { ...fromCoach, id: 6, author: { id: 2, display_name: 'Ana' }, text: 'Left knee ached on the split squats.' };
  const api = await mockApi(page, {
    signedIn: true, coach: true, notes: [fromRunner],
    roster: [rosterEntry(1, 'Ana', 2), rosterEntry(2, 'Bo', 0)],
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your runners' })).toBeVisible();
  const ana = page.getByRole('row', { name: /^Ana/ });
  await expect(ana.getByText('2 unread notes')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Bo/ }).getByText(/unread/)).toHaveCount(0);
  await expect(page.getByText(/none needs your attention now/)).toBeVisible();  // notes count toward nothing else

  await ana.getByRole('link', { name: 'Ana' }).click();
  const thread = page.getByRole('region', { name: /^Notes with this runner/ });
  await expect(thread.getByText('Left knee ached on the split squats.')).toBeVisible();
  await expect.poll(() => api.notesRead).toEqual([6]);
  await thread.getByLabel('Add a note').fill('Try a shorter step.');
  await thread.getByRole('button', { name: 'Save note' }).click();
  await expect(thread.getByText('Try a shorter step.')).toBeVisible();
  expect(api.notesPosted).toEqual([{ text: 'Try a shorter step.' }]);
});
