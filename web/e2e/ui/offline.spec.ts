// Saving a session with no signal: the session stays on the phone, and is saved by itself, once,
// when the signal is back.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('a session saved offline is kept and sent once back online', async ({ page, context }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/train/2026-11-25-a');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: /^Done:/ }).click();
  await page.getByRole('button', { name: 'Finish now' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();

  api.offline = true;
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText(/Your session is kept on this phone/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('stride.train:1'))).toContain('"sessionRpe":5');
  expect(api.activitiesPosted).toHaveLength(0);

  api.offline = false;
  await context.setOffline(false);
  await expect(page.getByText(/^Saved: Stability A, 1 sets, session RPE 5/)).toBeVisible();
  expect(api.activitiesPosted).toHaveLength(1);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('stride.train:1'))).toBeNull();
});
