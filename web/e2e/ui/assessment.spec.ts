// A runner films their overhead squat, single-leg squat and balance, answers each checkpoint,
// sends the assessment and sees the findings and the corrective routine.
import { expect, test } from '@playwright/test';
import { mockApi } from './mock-api';

test('assess each checkpoint, send, and see the routine', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/assess/feet');

  await expect(page.getByRole('heading', { name: /Overhead squat: feet/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Good overhead squat seen from the front/ })).toBeVisible();
  await page.getByRole('group', { name: 'Feet turn out' }).getByRole('radio', { name: 'Both' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Knees: a contradiction on one side is refused, as the engine's decoder would.
  await expect(page.getByRole('heading', { name: /Overhead squat: knees/ })).toBeVisible();
  await page.getByRole('group', { name: 'Knees cave in' }).getByRole('radio', { name: 'Left' }).check();
  await page.getByRole('group', { name: 'Knees move out' }).getByRole('radio', { name: 'Both' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert').getByText(/cannot both cave in and move out/)).toBeVisible();
  await page.getByRole('group', { name: 'Knees move out' }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: /low back/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /trunk/ })).toBeVisible();
  await page.getByRole('group', { name: 'Excessive forward lean' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('group', { name: 'Arms fall forward' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /shoulders/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /head/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Single-leg squat' })).toBeVisible();
  await page.getByRole('group', { name: 'Knee caves in' }).getByRole('radio', { name: 'Left' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // Balance: the stopwatch fills the seconds; the right leg is typed.
  await expect(page.getByRole('heading', { name: 'Single-leg balance' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert').getByText('Time the left leg, or type the seconds.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the left leg' }).click();
  await page.getByRole('button', { name: 'Stop the left leg' }).click();
  await expect(page.getByLabel('Seconds on the left leg')).toHaveValue(/^\d+\.\d$/);
  await page.getByLabel('Seconds on the left leg').fill('11');
  await page.getByLabel('Seconds on the right leg').fill('34');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Check and send' })).toBeVisible();
  await expect(page.getByText('Feet turn out (both)')).toBeVisible();
  await page.getByRole('button', { name: 'Send assessment' }).click();

  await expect(page.getByRole('heading', { name: 'Your findings and routine' })).toBeVisible();
  const sent = api.assessmentsPosted[0] as any;
  expect(sent.overhead_squat).toMatchObject({ feet_turn_out: 'both', knees_cave_in: 'left', knees_move_out: 'none', excessive_forward_lean: true, arms_fall_forward: true, low_back_arches: false });
  expect(sent.single_leg_squat).toEqual({ knees_cave_in: 'left', hip_drop: 'none', trunk_rotation: 'none' });
  expect(sent.single_leg_balance_s).toEqual({ left: 11, right: 34 });

  // The routine in its order, each item with its dose and why.
  const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.filter((h) => /^\d\./.test(h))).toEqual([
    '1. Inhibit: roll the overactive muscles', '2. Lengthen: stretch them', '3. Activate: wake up the underactive ones', '4. Integrate: put it together in a movement',
  ]);
  const roll = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Foam roll hamstrings/ }) });
  await expect(roll.getByText('1 × 30 s hold each side, +1 set on the left')).toBeVisible();
  await expect(roll.getByText(/Rolling settles the outer hamstring/)).toBeVisible();
  await expect(page.getByText(/the left side is weaker by 68 %/)).toBeVisible();
});
