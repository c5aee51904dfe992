// One journey: a new runner signs up (after an e-mail the API says is taken), goes through the
// onboarding wizard, and the athlete document and running calendar the page sends are exactly
// the ones the wizard's answers describe.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

const RACE_YEAR = new Date().getUTCFullYear() + 1;
const RACE_DATE = `${RACE_YEAR}-03-14`;

test('sign up, onboard, and the athlete document is POSTed', async ({ page }) => {
  const api = await mockApi(page, { taken: ['taken@example.com'] });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Stride' })).toBeVisible();
  await page.getByRole('button', { name: 'Create an account' }).click();

  // Sign up: our own checks first, then the API's field error on the e-mail.
  await expect(page.getByRole('heading', { name: 'Create your Stride account' })).toBeVisible();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert').getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Runner/ })).toBeChecked();
  await page.getByLabel('Display name').fill('Ana');
  await page.getByLabel('E-mail').fill('taken@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('An account with this e-mail already exists.').first()).toBeVisible();
  await page.getByLabel('E-mail').fill('ana@example.com');
  await page.getByRole('button', { name: 'Create account' }).click();

  // 1. About you: the name comes from the display name.
  await expect(page.getByRole('heading', { name: /About you/ })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ana');
  await page.getByRole('radio', { name: 'Female' }).check();
  await page.getByLabel('Birth year (optional)').fill('1991');
  await page.getByLabel('Body mass in kg (optional)').fill('58');
  await page.getByRole('button', { name: 'Next' }).click();

  // 2. Running: Next with nothing typed shows what is missing.
  await expect(page.getByRole('heading', { name: /Your running/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert').getByText('Choose your strength-training experience.')).toBeVisible();
  await page.getByLabel('Years of running').fill('4');
  await page.getByLabel('Usual weekly distance (km)').fill('45');
  await page.getByLabel('Longest run in the last month (km, optional)').fill('18');
  await page.getByRole('radio', { name: /^Beginner/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // 3. Goal.
  await expect(page.getByRole('heading', { name: /Your goal/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Half marathon' }).check();
  await page.getByLabel('Race date').fill(RACE_DATE);
  await page.getByLabel('Target time (optional)').fill('1:45:00');
  await page.getByRole('button', { name: 'Next' }).click();

  // 4. Injuries. A reload keeps the answers so far (the draft is in this tab's sessionStorage).
  await expect(page.getByRole('heading', { name: /Injuries/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Injuries/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Race date')).toHaveValue(RACE_DATE);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Add an injury' }).click();
  const injury = page.getByRole('group', { name: 'Injury 1' });
  await injury.getByLabel('Where').selectOption('knee');
  await injury.getByRole('radio', { name: 'Left' }).check();
  await injury.getByLabel('How is it now?').selectOption('past');
  await injury.getByLabel('When it started (optional)').fill('2025-06');
  await page.getByRole('button', { name: 'Next' }).click();

  // 5. Equipment as a checklist.
  await expect(page.getByRole('heading', { name: /Equipment/ })).toBeVisible();
  for (const name of ['Dumbbells', 'Mini band', 'Foam roller', 'Plyo box']) {
    await page.getByRole('checkbox', { name }).check();
  }
  await page.getByRole('button', { name: 'Next' }).click();

  // 6. Availability: two sessions of 30 minutes on Mon, Wed, Thu, Sun.
  await expect(page.getByRole('heading', { name: /Time for strength/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: '2' })).toBeChecked();
  await expect(page.getByLabel(/Minutes per session/)).toHaveValue('30');
  for (const name of ['Tuesday', 'Friday', 'Saturday']) await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('button', { name: 'Next' }).click();

  // 7. The running week as seven day tiles.
  await expect(page.getByRole('heading', { name: /Your usual running week/ })).toBeVisible();
  await expect(page.getByLabel('Tuesday', { exact: true })).toHaveValue('workout');
  await page.getByLabel('Saturday', { exact: true }).selectOption('long');
  await page.getByLabel('Saturday distance in km (optional)').fill('18');
  await page.getByLabel('Sunday', { exact: true }).selectOption('recovery');
  await expect(page.getByRole('status')).toContainText('5 running days, 2 key runs, 2 rest days, 18 km listed');
  await page.getByRole('button', { name: 'Next' }).click();

  // 8. Review and save.
  await expect(page.getByRole('heading', { name: /Check and save/ })).toBeVisible();
  await expect(page.getByText(`Half marathon on ${RACE_DATE} in 1:45:00`)).toBeVisible();
  const posted = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/running-calendar'));
  await page.getByRole('button', { name: 'Save profile' }).click();
  await posted;
  await expect(page.getByRole('heading', { name: /^Today/, level: 1 })).toBeVisible();

  expect(api.athletesPosted).toEqual([{
    name: 'Ana',
    sex: 'female',
    birth_year: 1991,
    body_mass_kg: 58,
    running: { experience_years: 4, weekly_distance_km: 45, longest_run_km: 18, surface: 'road' },
    strength_experience: 'beginner',
    goal: { event: 'half_marathon', race_date: RACE_DATE, target_time: '1:45:00' },
    injuries: [{ region: 'knee', side: 'left', status: 'past', date: '2025-06' }],
    equipment: ['dumbbells', 'box', 'miniband', 'foam_roller'],
    availability: { strength_sessions_per_week: 2, session_minutes: 30, days: ['mon', 'wed', 'thu', 'sun'] },
  }]);
  expect(api.calendarsPut).toEqual([{
    id: '1',
    body: {
      weekly_template: { mon: 'rest', tue: 'workout', wed: 'easy', thu: 'easy', fri: 'rest', sat: { type: 'long', distance_km: 18 }, sun: 'recovery' },
      runs: [],
    },
  }]);

  // Sign out ends the session on the server and returns to sign-in.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Stride' })).toBeVisible();
  expect(api.log).toContain('DELETE /api/v1/session');
  expect(api.signedIn).toBe(false);
});
