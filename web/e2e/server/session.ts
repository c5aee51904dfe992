// What the server journeys share: the browser's clock at the server's today, signing up through the
// form, and API calls made with the page's own session cookie and CSRF token.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVER_TODAY } from './today';

export const PASSWORD = 'correct horse battery';

/** A file of the repository's examples/ folder, parsed. */
export const example = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url)), 'utf8'));

/** The browser's today is the server's: time flows from SERVER_TODAY 08:00 UTC. */
export async function startClock(page: Page) {
  await page.clock.install({ time: new Date(`${SERVER_TODAY}T08:00:00Z`) });
  await page.clock.resume();
}

export async function signUp(page: Page, name: string, email: string, role: 'Runner' | 'Coach') {
  await page.goto('/#/signup');
  await expect(page.getByRole('heading', { name: 'Create your Stride account' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** The JSON of an API call made with the page's session cookie and CSRF token. */
export async function api(page: Page, method: string, path: string, body?: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const answer = await page.request.fetch(path, {
    method, headers: { 'X-CSRF-Token': me.csrf_token, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  return { status: answer.status(), json: answer.status() === 204 ? null : await answer.json() };
}
