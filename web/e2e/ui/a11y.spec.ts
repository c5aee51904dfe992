// House-style checks on every runner page, at phone width: every form control has a label, every
// button and navigation link is at least 48 px high, no id is used twice, and each page has one h1.
import { expect, test, type Page } from '@playwright/test';
import { mockApi } from './mock-api';

const PAGES: Array<[string, RegExp]> = [
  ['/#/', /^Today/], ['/#/plan', /^Your plan/], ['/#/plan/week/2026-11-23', /^Week 1/], ['/#/plan/session/2026-11-25-a', /^Stability A/],
  ['/#/train/2026-11-25-a', /^Train$/], ['/#/runs', /^Runs/], ['/#/assess/knees', /knees/], ['/#/assess/balance', /balance/],
  ['/#/settings', /^Settings/],
];

async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'))) {
      if (el.type === 'hidden') continue;
      const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      if (!named) out.push(`unlabelled ${el.tagName.toLowerCase()} ${el.id || el.name}`);
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, nav a, .choice'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.height < 47.5) out.push(`small target (${Math.round(box.height)} px): ${el.textContent?.trim().slice(0, 40)}`);
    }
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) out.push(`duplicate id ${id}`);
    if (document.querySelectorAll('main h1').length !== 1) out.push(`${document.querySelectorAll('main h1').length} h1 in main`);
    return out;
  });
}

test('labels, target sizes, unique ids and one h1 on every runner page', async ({ page }) => {
  await mockApi(page, { signedIn: true, hasAthlete: true });
  for (const [url, heading] of PAGES) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    if (url.startsWith('/#/train')) await page.getByRole('button', { name: 'Start session' }).click();
    if (url === '/#/') await expect(page.getByText(/^On 2026-11-21: fitness/)).toBeVisible();
    if (url === '/#/settings') await expect(page.getByRole('button', { name: 'Save profile' })).toBeVisible();
    expect(await problems(page), url).toEqual([]);
  }
});
