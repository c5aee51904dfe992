// Settings: the profile saved, a coach's invitation accepted and revoked, the calendar subscription
// made (its link shown once), replaced and turned off, a token created (shown once) and deleted, all
// data exported as a file, and the account deleted after its password.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mockApi } from './mock-api';

test('settings: profile, coach, calendar, tokens, export, delete', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  // Profile: the wizard's equipment step, open first.
  await page.getByRole('checkbox', { name: 'Kettlebell' }).check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText(/^Profile saved/)).toBeVisible();
  expect((api.athletesPut[0] as any).equipment).toEqual(['dumbbells', 'kettlebell', 'box', 'miniband', 'foam_roller']);
  expect(api.athletesPut[0]).not.toHaveProperty('id');
  expect((api.athletesPut[0] as any).goal).toEqual({ event: 'half_marathon', race_date: '2027-03-14', target_time: '1:45:00' });

  // A coach.
  await page.getByLabel('Invitation code').fill('WRONG');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByText(/That code is unknown, used or expired/)).toBeVisible();
  await page.getByLabel('Invitation code').fill('K7Q-42XZ');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('button', { name: 'Revoke Coach Lee' })).toBeVisible();
  await page.getByRole('button', { name: 'Revoke Coach Lee' }).click();
  await expect(page.getByText('No coach can see your data.')).toBeVisible();

  // The calendar subscription: the link shown once with how to subscribe, replaced, then off.
  const calendar = page.locator('#s-calendar');
  await expect(calendar.getByText(/^Off/)).toBeVisible();
  await calendar.getByRole('button', { name: 'Turn on calendar subscription' }).click();
  await expect(page.getByLabel('Calendar link')).toHaveValue('http://127.0.0.1:4173/calendar/feed-secret-1.ics');
  await expect(calendar.getByRole('link', { name: 'Open in a calendar app' })).toHaveAttribute('href', 'webcal://127.0.0.1:4173/calendar/feed-secret-1.ics');
  await expect(calendar.getByText(/Google Calendar: .*Apple Calendar/)).toBeVisible();
  await expect(calendar.getByText(/^On since 7 Dec 2026/)).toBeVisible();
  await calendar.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByLabel('Calendar link')).toHaveCount(0);
  await calendar.getByRole('button', { name: 'Replace the link' }).click();
  await expect(page.getByLabel('Calendar link')).toHaveValue('http://127.0.0.1:4173/calendar/feed-secret-2.ics');
  await calendar.getByRole('button', { name: 'Turn off' }).click();
  await expect(calendar.getByText(/turned off: the old link no longer works/)).toBeVisible();
  await expect(page.getByLabel('Calendar link')).toHaveCount(0);
  await expect(calendar.getByRole('button', { name: 'Turn on calendar subscription' })).toBeVisible();
  expect(api.calendarFeed).toEqual({ active: false, created: null, made: 2 });

  // Tokens: the new one shown once.
  await page.getByLabel('Token name').fill('watch sync');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByLabel('Your new token')).toHaveValue('stride_pat_0123456789abcdef0123456789abcdef');
  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByLabel('Your new token')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete token spreadsheet' }).click();
  await expect(page.getByRole('button', { name: 'Delete token spreadsheet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete token watch sync' })).toBeVisible();

  // Export as a .json file.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^stride-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.athlete.name).toBe('Ana');

  // Delete: needs the password; a wrong one deletes nothing.
  await expect(page.getByRole('button', { name: 'Delete my account and data' })).toBeDisabled();
  await page.getByLabel('Your password, to confirm').fill('not it');
  await page.getByRole('button', { name: 'Delete my account and data' }).click();
  await expect(page.getByText('That is not your password: nothing was deleted.')).toBeVisible();
  expect(api.deleted).toBe(false);
  await page.getByLabel('Your password, to confirm').fill('correct horse battery');
  await page.getByRole('button', { name: 'Delete my account and data' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Stride' })).toBeVisible();
  await expect(page.getByText('Your account and all its data are deleted.')).toBeVisible();
  expect(api.deleted).toBe(true);
});
