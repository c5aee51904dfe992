// Full-page screenshots of every page at phone (390 px) and desktop (1280 px) width, into
// web/screenshots/ (ignored by git), for people to look at. Not compared to references.
import { expect, test, type Page } from '@playwright/test';
import { fixtureFile, mockApi } from './mock-api';

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
      await expect(page.getByRole('heading', { name: /^Today/, level: 1 })).toBeVisible();
      await shot(page, '20-home');
    });

    test('the runner pages', async ({ page }) => {
      await mockApi(page, { signedIn: true, hasAthlete: true });
      await page.goto('/');
      await expect(page.getByText(/^On 2026-11-21: fitness/)).toBeVisible();
      await shot(page, '30-today');
      await page.getByRole('link', { name: 'Plan', exact: true }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await shot(page, '40-plan-season');
      await page.getByRole('table').getByRole('link', { name: /^1 Stabilization/ }).click();
      await expect(page.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
      await shot(page, '41-plan-week');
      await page.getByRole('link', { name: 'Stability A' }).click();
      await expect(page.getByRole('heading', { name: 'Stability A', level: 1 })).toBeVisible();
      await shot(page, '42-plan-session');
      await page.getByRole('link', { name: 'Plan', exact: true }).click();
      await page.getByRole('button', { name: 'Re-plan' }).click();
      await expect(page.getByRole('heading', { name: 'What the re-plan changed' })).toBeVisible();
      await shot(page, '43-plan-replanned');

      await page.goto('/#/train/2026-11-23-a'); // after the re-plan, Stability A is on Monday
      await page.getByRole('button', { name: 'Start session' }).click();
      await expect(page.getByRole('button', { name: /^Done:/ })).toBeVisible();
      await shot(page, '50-train-set');
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^Done:/ }).click();
      await expect(page.getByRole('timer')).toBeVisible();
      await shot(page, '51-train-rest');
      await page.getByRole('button', { name: 'Report pain' }).click();
      await page.getByRole('button', { name: 'Save pain report' }).click();
      await shot(page, '52-train-pain-errors');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Finish now' }).click();
      await page.getByRole('radio', { name: '7', exact: true }).check();
      await shot(page, '53-train-finish');

      await page.goto('/#/runs');
      await page.getByLabel('Choose files').setInputFiles([fixtureFile('activity_track.gpx'), fixtureFile('activity_run.fit'), fixtureFile('activity_truncated.fit')]);
      await expect(page.getByText(/^Report:/)).toBeVisible();
      await shot(page, '60-runs-uploaded');

      await page.goto('/#/assess/knees');
      await page.getByRole('group', { name: 'Knees cave in' }).getByRole('radio', { name: 'Left' }).check();
      await shot(page, '70-assess-knees');
      for (const step of ['feet', 'low_back', 'trunk', 'arms', 'shoulders', 'head']) {
        await page.goto(`/#/assess/${step}`);
        await expect(page.getByRole('heading', { name: new RegExp(step.replace('_', ' ')) })).toBeVisible();
        await page.locator('.drawing').screenshot({ path: `screenshots/${width}/74-drawing-${step}.png` });
      }
      await page.goto('/#/assess/balance');
      await expect(page.getByRole('button', { name: 'Start the left leg' })).toBeVisible();
      await shot(page, '71-assess-balance');
      await page.getByLabel('Seconds on the left leg').fill('11');
      await page.getByLabel('Seconds on the right leg').fill('34');
      await page.getByRole('button', { name: 'Next' }).click();
      await shot(page, '72-assess-review');
      await page.getByRole('button', { name: 'Send assessment' }).click();
      await expect(page.getByRole('heading', { name: 'Your findings and routine' })).toBeVisible();
      await shot(page, '73-assess-routine');

      await page.goto('/#/settings');
      await page.getByLabel('Token name').fill('watch sync');
      await page.getByRole('button', { name: 'Create token' }).click();
      await expect(page.getByLabel('Your new token')).toBeVisible();
      await shot(page, '80-settings');
    });
  });
}
