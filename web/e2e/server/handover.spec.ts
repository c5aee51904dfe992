// A hand-over against the real `stride serve` (docs/http.md "Hand-over"): a coach makes a profile
// and a plan for a runner without an account, makes a hand-over code on the runner's page, and the
// runner, newly signed up, takes the profile over in onboarding and lands on the coach's plan; the
// coach still sees her on the roster, no longer as her owner, and the code is spent.
import { expect, test } from '@playwright/test';
import { example, startClock, signUp, api } from './session';

test('a coach hands a profile it made over; the runner takes it in onboarding and sees the plan', async ({ page, browser }) => {
  const coachContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
  const coach = await coachContext.newPage();
  await startClock(coach);
  await signUp(coach, 'Coach Kim', `kim-${Date.now()}@example.org`, 'Coach');
  await expect(coach.getByRole('heading', { name: 'Your runners' })).toBeVisible();
  const created = await api(coach, 'POST', '/api/v1/athletes', { ...example('athlete.json'), name: 'Bea' });
  expect(created.status).toBe(201);
  const id = created.json.id;
  expect((await api(coach, 'PUT', `/api/v1/athletes/${id}/running-calendar`, example('runs.json'))).status).toBe(200);
  expect((await api(coach, 'POST', `/api/v1/athletes/${id}/plans`, {})).status).toBe(201);

  await coach.goto(`/#/runners/${id}`);
  const card = coach.getByRole('region', { name: 'Hand over to the runner' });
  await card.getByRole('button', { name: 'Make a hand-over code' }).click();
  const code = (await card.locator('code').textContent())!.trim();
  expect(code.length).toBeGreaterThan(20);

  await startClock(page);
  await signUp(page, 'Bea', `bea-${Date.now()}@example.org`, 'Runner');
  await expect(page.getByRole('heading', { name: /About you/ })).toBeVisible();
  await page.getByText('My coach already made my profile').click();
  await page.getByLabel('Code for the profile your coach made').fill(code);
  await page.getByRole('button', { name: 'Take over my profile' }).click();
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
  const own = await api(page, 'GET', '/api/v1/athletes');
  expect(own.json.athletes).toEqual([expect.objectContaining({ id, name: 'Bea', owner: true })]);

  const roster = await api(coach, 'GET', '/api/v1/roster');
  expect(roster.json.athletes).toEqual([expect.objectContaining({ id, name: 'Bea', owner: false })]);
  expect((await api(page, 'POST', `/api/v1/handovers/${encodeURIComponent(code)}/accept`)).status).toBe(409);
  await coach.reload();
  await expect(coach.getByText('Bea', { exact: true })).toBeVisible();
  await expect(coach.getByRole('region', { name: 'Hand over to the runner' })).toHaveCount(0);
  await coachContext.close();
});
