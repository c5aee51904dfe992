// Training a planned session on the phone: sets confirmed in one tap or adjusted first, a rest
// timer, a reload that loses nothing, the session RPE, one strength activity with a client_id,
// and pain reported on the way.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('train a session, log sets and RPE, report pain', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/train/2026-11-25-a');
  await expect(page.getByRole('heading', { name: 'Stability A' })).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();

  // Set 1: the plan's values, confirmed with one tap.
  await expect(page.getByRole('heading', { name: 'Leg swing, front to back' })).toBeVisible();
  await expect(page.getByText('Set 1 of 1, left side:')).toBeVisible();
  await page.getByRole('button', { name: /^Done: 10 reps, left side$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Set saved.' })).toBeAttached();

  // Set 2 (the right side): adjusted with a tap, then confirmed; its rest timer starts.
  await expect(page.getByText('Set 1 of 1, right side:')).toBeVisible();
  await page.getByRole('button', { name: 'Reps: less' }).click();
  await page.getByRole('button', { name: 'RPE: more' }).click();
  await page.getByRole('button', { name: /^Done: 9 reps, right side$/ }).click();

  // A dropped page loses nothing: the session is resumed where it was.
  await page.reload();
  await expect(page.getByText('Stability A: set 3 of')).toBeVisible();
  // Both sides of a set, then the rest; the side can be changed with a tap (done on the right first).
  await page.getByRole('group', { name: 'Side' }).getByRole('button', { name: 'Right' }).click();
  await expect(page.getByRole('group', { name: 'Side' }).getByRole('button', { name: 'Right' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /^Done: 10 reps, right side$/ }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.getByRole('button', { name: /^Done: 10 reps, right side$/ }).click();
  await expect(page.getByRole('timer', { name: 'Rest' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Rest' })).toContainText(/0:(20|19|18)/);
  await page.getByRole('button', { name: 'Skip rest' }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);

  // Pain at any time.
  await page.getByRole('button', { name: 'Report pain' }).click();
  await page.getByLabel('Where does it hurt?').selectOption('knee');
  await page.getByRole('group', { name: 'Side' }).getByRole('radio', { name: 'Left' }).check();
  await page.getByLabel(/How much, from 0/).fill('4');
  await page.getByRole('group', { name: 'When' }).getByRole('radio', { name: 'During training' }).check();
  await page.getByRole('button', { name: 'Save pain report' }).click();
  await expect(page.getByText('Pain saved: left knee, 4/10.')).toBeVisible();
  expect(api.painPosted).toHaveLength(1);
  expect(api.painPosted[0]).toMatchObject({ region: 'knee', side: 'left', score: 4, when: 'during' });

  await page.getByRole('button', { name: 'Finish now' }).click();
  await expect(page.getByRole('heading', { name: 'How hard was the session?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save session' })).toBeDisabled();
  await page.getByRole('radio', { name: '6', exact: true }).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText(/^Saved: Stability A, 4 sets, session RPE 6/)).toBeVisible();

  expect(api.activitiesPosted).toHaveLength(1);
  const sent = api.activitiesPosted[0] as any;
  expect(sent.client_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(sent).toMatchObject({ sport: 'strength', rpe: 6 });
  expect(sent.sets).toEqual([
    { exercise: 'leg_swing_front_to_back', side: 'left', reps: 10 },
    { exercise: 'leg_swing_front_to_back', side: 'right', reps: 9, rpe: 6 },
    { exercise: 'single_leg_glute_bridge_miniband', side: 'right', reps: 10 },
    { exercise: 'single_leg_glute_bridge_miniband', side: 'right', reps: 10 },
  ]);
  // Saved: nothing left in storage.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('stride.train:1'))).toBeNull();
});

test('log sets with the keyboard alone', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/train/2026-11-25-a');
  await page.getByRole('button', { name: 'Start session' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Leg swing, front to back' })).toBeFocused();
  // Tab on to "Done", Enter logs the set; focus stays on it for the next set.
  const done = page.getByRole('button', { name: /^Done:/ });
  for (let i = 0; i < 12 && !(await done.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Set 1 of 1, right side:')).toBeVisible();
  await expect(done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Stability A: set 3 of')).toBeVisible();
  expect(api.activitiesPosted).toHaveLength(0);
});
