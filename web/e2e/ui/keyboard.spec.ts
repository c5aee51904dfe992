// A returning runner signs in with the keyboard alone and lands on home; a signed-out visitor who
// opens a wizard step is sent to sign-in.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('sign in with the keyboard alone', async ({ page }) => {
  const api = await mockApi(page, { hasAthlete: true });
  await page.goto('/#/onboarding/goal');
  await expect(page.getByRole('heading', { name: 'Sign in to Stride' })).toBeVisible();
  await expect(page).toHaveURL(/#\/signin$/);

  // Each page moves focus to its heading, so Tab goes on to the first field.
  await expect(page.getByRole('heading', { name: 'Sign in to Stride' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await page.keyboard.type('ana@example.com');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type('not the password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('That e-mail and password do not match an account.');

  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('heading', { name: /^Today/, level: 1 })).toBeVisible();
  expect(api.log.filter((l) => l === 'POST /api/v1/session')).toHaveLength(2);
});
