// Full-page screenshots of every page at phone (390 px) and desktop (1280 px) width, into
// web/screenshots/ (ignored by git), for people to look at. Not compared to references.
import { expect, test, type Page } from '@playwright/test';
import { mockApi } from './mock-api';

const WIDTHS = [390, 1280] as const;

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 800 } });
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: `screenshots/${width}/${name}.png`, fullPage: true, animations: 'disabled' });

    test('sign in and sign up', async ({ page }) => {
      await mockApi(page);
      await page.goto('/#/signin');
      await expect(page.getByRole('heading', { name: 'Sign in to Stride' })).toBeVisible();
      await shot(page, '01-sign-in');
      await page.getByLabel('E-mail').fill('ana@example.com');
      await page.getByLabel('Password').fill('wrong password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText('That e-mail and password do not match an account.')).toBeVisible();
      await shot(page, '02-sign-in-failed');
      await page.getByRole('button', { name: 'Create an account' }).click();
      await expect(page.getByRole('heading', { name: 'Create your Stride account' })).toBeVisible();
      await shot(page, '03-sign-up');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shot(page, '04-sign-up-errors');
    });

    test('onboarding steps and home', async ({ page }) => {
      await mockApi(page, { signedIn: true });
      await page.goto('/#/onboarding/about');
      await expect(page.getByRole('heading', { name: /About you/ })).toBeVisible();
      await shot(page, '10-about');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: /Your running/ })).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shot(page, '11-running-errors');
      await page.getByLabel('Years of running').fill('4');
      await page.getByLabel('Usual weekly distance (km)').fill('45');
      await page.getByRole('radio', { name: /^Intermediate/ }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: 'Marathon', exact: true }).check();
      await page.getByLabel('Race date').fill(`${new Date().getUTCFullYear() + 1}-04-20`);
      await shot(page, '12-goal');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Add an injury' }).click();
      await page.getByRole('button', { name: 'Add an injury' }).click();
      await page.getByRole('group', { name: 'Injury 1' }).getByLabel('Where').selectOption('achilles_calf');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shot(page, '13-injuries-errors');
      await page.getByRole('button', { name: 'Remove injury 2' }).click();
      const first = page.getByRole('group', { name: 'Injury 1' });
      await first.getByRole('radio', { name: 'Right' }).check();
      await first.getByLabel('How is it now?').selectOption('recovering');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('checkbox', { name: 'Kettlebell' }).check();
      await page.getByRole('checkbox', { name: 'Mini band' }).check();
      await shot(page, '14-equipment');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: /Time for strength/ })).toBeVisible();
      await shot(page, '15-availability');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Saturday', { exact: true }).selectOption('long');
      await page.getByLabel('Saturday distance in km (optional)').fill('24');
      await page.getByLabel('Wednesday distance in km (optional)').fill('ten');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shot(page, '16-week-errors');
      await page.getByLabel('Wednesday distance in km (optional)').fill('10');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: /Check and save/ })).toBeVisible();
      await shot(page, '17-review');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible();
      await expect(page.getByText('Your profile is saved')).toBeVisible();
      await shot(page, '20-home');
    });
  });
}
