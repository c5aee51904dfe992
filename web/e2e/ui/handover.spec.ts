// Hand-over of a profile a coach made (docs/http.md): the coach makes a code on the runner's page
// (and a new one replaces it), a new runner enters it in onboarding instead of answering the
// wizard and lands on their plan, and in Settings a runner whose own profile holds a log is told
// why the code was refused and what to do.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('the coach makes a hand-over code for a runner it manages', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true, role: 'coach' });
  await page.goto('/#/runners/1');
  const card = page.getByRole('region', { name: 'Hand over to the runner' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Make a hand-over code' }).click();
  await expect(card.locator('code')).toHaveText('HAND-OVER-1');
  await expect(card.getByText(/^Give this code to Ana\. .* by 2026-12-14; it works once\./)).toBeVisible();
  await card.getByRole('button', { name: 'Make a new code' }).click();
  await expect(card.locator('code')).toHaveText('HAND-OVER-2');
  expect(api.handoverCodes).toEqual(['HAND-OVER-1', 'HAND-OVER-2']);
  expect(api.log.filter((l) => l === 'POST /api/v1/athletes/1/handover')).toHaveLength(2);
});

test('a runner the coach made a profile for takes it over in onboarding and sees the plan', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /About you/ })).toBeVisible();
  await page.getByText('My coach already made my profile').click();
  const field = page.getByLabel('Code for the profile your coach made');
  await page.getByRole('button', { name: 'Take over my profile' }).click();
  await expect(page.getByText('Type the code your coach gave you.')).toBeVisible();
  await field.fill('OLD-CODE');
  await page.getByRole('button', { name: 'Take over my profile' }).click();
  await expect(page.getByText(/That code is unknown, or your coach made a newer one/)).toBeVisible();
  // A pasted code with a line break in it still works.
  await field.fill(' HAND-OVER-\nCODE ');
  await page.getByRole('button', { name: 'Take over my profile' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  expect(api.athletesPosted).toEqual([]);
  expect(api.log).toContain('POST /api/v1/handovers/HAND-OVER-CODE/accept');
});

test('in Settings a runner whose own profile holds a log is told the code was refused and why', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const coaches = page.locator('#s-coaches');
  await coaches.getByLabel('Code for the profile your coach made').fill('HAND-OVER-CODE');
  await coaches.getByRole('button', { name: 'Take over my profile' }).click();
  await expect(coaches.getByText(/own log, so it was kept.*Ask your coach for an invitation/)).toBeVisible();

  // With nothing logged in their own profile, the coach's takes its place and the plan shows.
  api.ownAthleteHasLog = false;
  await coaches.getByRole('button', { name: 'Take over my profile' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
});
