// The season calendar, a week, a session with every exercise's dose and variants, and a
// re-plan that says what changed.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('see the season, a week and a session, then re-plan', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/plan');
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  const season = page.getByRole('table');
  // 16 weeks to the race and the recovery week after it.
  await expect(season.getByRole('row')).toHaveCount(1 + 17);
  await expect(season.getByRole('link', { name: /^7 Strength deload$/ })).toBeVisible();
  await expect(page.getByText(/long run on 2027-02-13, the day before the race/)).toBeVisible();

  await season.getByRole('link', { name: /^1 Stabilization/ }).click();
  await expect(page.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
  await expect(page.getByText('Run: Long run 18 km')).toBeVisible();
  await page.getByRole('link', { name: 'Stability A' }).click();

  await expect(page.getByRole('heading', { name: 'Stability A', level: 1 })).toBeVisible();
  const splitSquat = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Split squat/ }) }).first();
  await expect(splitSquat.getByText('1 × 12 reps each side, +1 set on the left, tempo 4-2-1, rest 45 s')).toBeVisible();
  await expect(splitSquat.getByText(/^Easier: /)).toBeVisible();
  await expect(splitSquat.getByText(/Harder: /)).toBeVisible();

  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await page.getByRole('button', { name: 'Re-plan' }).click();
  await expect(page.getByRole('heading', { name: 'What the re-plan changed' })).toBeVisible();
  await expect(page.getByText(/^\d+ sessions moved/)).toBeVisible();
  await page.getByText(/^Every change/).click();
  await expect(page.getByText(/^Moved: Stability B from 2026-11-29 to 2026-11-26$/)).toBeVisible();
  expect(api.plansPosted).toEqual([{}]);
});

test('with no plan yet, build one', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true, noPlan: true });
  await page.goto('/#/plan');
  await expect(page.getByText(/^No plan yet/)).toBeVisible();
  await page.getByRole('button', { name: 'Build my plan' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the re-plan changed' })).toHaveCount(0);
  expect(api.plansPosted).toEqual([{}]);
});
