// A hand-over against the real `stride serve` (docs/http.md "Hand-over"): a coach makes a profile
// and a plan for a runner without an account, makes a hand-over code on the runner's page, and the
// runner, newly signed up, takes the profile over in onboarding and lands on the coach's plan; the
// coach still sees her on the roster, no longer as her owner, and the code is spent.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVER_TODAY } from './today';

const example = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url)), 'utf8'));
const PASSWORD = 'correct horse battery';

async function startClock(page: Page) {
  await page.clock.install({ time: new Date(`${SERVER_TODAY}T08:00:00Z`) });
  await page.clock.resume();
}

async function signUp(page: Page, name: string, email: string, role: 'Runner' | 'Coach') {
  await page.goto('/#/signup');
  await expect(page.getByRole('heading', { name: 'Create your Stride account' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

// The JSON of an API call made with the page's session cookie and CSRF token.
async function api(page: Page, method: string, path: string, body?: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const answer = await page.request.fetch(path, {
    method, headers: { 'X-CSRF-Token': me.csrf_token, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  return { status: answer.status(), json: answer.status() === 204 ? null : await answer.json() };
}

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
