// Today: the session of the day, the week, what to do, charts with summaries, predictions with
// caveats and running form, from the status, load, activities and pain answers.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('today and progress from the status and load documents', async ({ page }) => {
  await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /^Today, Monday 7 Dec/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(8);
  await expect(page.getByText(/^Fitness, fatigue and form/)).toBeVisible();
  await expect(page.getByText(/^On 2026-11-21: fitness/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Weekly run distance: 7 weeks/ })).toBeVisible();
  await expect(page.getByText(/^Rear-foot-elevated split squat: [\d.]+ kg estimated 1RM/)).toBeVisible();
  await expect(page.getByText(/Riegel's 1.06 comes from elite performances/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Cadence 159.2 steps\/min/ })).toBeVisible();
});
