// The coach's journey against the real `stride serve` (issue 15): a coach signs up and makes two
// invitation codes; two runners accept them; the coach sees both on the roster, swaps an exercise
// of one runner's session for an option the planner's rules offer, raises an item's dose, is told why
// a copy on Sunday is refused, moves the session to another day of its week and leaves a note on it; the runner sees the changes with the coach's name and
// reason and the note, turns on the calendar subscription (which lists the moved session) and
// downloads the session for a watch.
import { expect, test, type Page } from '@playwright/test';
import { SERVER_TODAY } from './today';
import { PASSWORD, example, startClock, signUp, api } from './session';

const MOVED_TO = '2026-12-10';  // the Thursday after SERVER_TODAY, a Wednesday with a strength session

// A runner's profile, running calendar and plan from today, made through the API.
async function profileWithPlan(page: Page, name: string): Promise<number> {
  const created = await api(page, 'POST', '/api/v1/athletes', { ...example('athlete.json'), name });
  expect(created.status).toBe(201);
  const id = created.json.id as number;
  expect((await api(page, 'PUT', `/api/v1/athletes/${id}/running-calendar`, example('runs.json'))).status).toBe(200);
  expect((await api(page, 'POST', `/api/v1/athletes/${id}/plans`, {})).status).toBe(201);
  return id;
}

test('a coach invites two runners, shapes a session and leaves a note; the runner sees it, subscribes and downloads', async ({ page, browser }) => {
  const stamp = Date.now();
  const coachContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const coach = await coachContext.newPage();
  await startClock(coach);
  await signUp(coach, 'Coach Sam', `sam-${stamp}@example.org`, 'Coach');
  await expect(coach.getByRole('heading', { name: 'Your runners' })).toBeVisible();
  const codes: string[] = [];
  for (let made = 0; made < 2; ++made) {
    await coach.getByRole('button', { name: made === 0 ? 'Make an invitation code' : 'Make another code' }).click();
    const code = coach.locator('p.invitation code');
    await expect(code).not.toHaveText(codes[0] ?? '');
    codes.push((await code.textContent())!.trim());
  }

  // Ana accepts in Settings; Bo through the API.
  await startClock(page);
  await signUp(page, 'Ana', `ana-${stamp}@example.org`, 'Runner');
  await expect(page.getByRole('heading', { name: /About you/ })).toBeVisible();
  const ana = await profileWithPlan(page, 'Ana');
  await page.goto('/#/settings');
  await page.getByLabel('Invitation code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('button', { name: 'Revoke Coach Sam' })).toBeVisible();
  const boContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const bo = await boContext.newPage();
  expect((await bo.request.post('/api/v1/accounts', { data: { email: `bo-${stamp}@example.org`, password: PASSWORD, display_name: 'Bo', role: 'runner' } })).status()).toBe(201);
  const boId = await profileWithPlan(bo, 'Bo');
  expect((await api(bo, 'POST', `/api/v1/invitations/${encodeURIComponent(codes[1]!)}/accept`, { athlete_id: boId })).status).toBe(200);
  await boContext.close();

  await coach.reload();
  const names = coach.locator('.roster-table tbody th[scope=row] > a, .roster-cards h3 a');
  await expect(coach.getByRole('link', { name: 'Ana', exact: true }).first()).toBeVisible();
  await expect(coach.getByRole('link', { name: 'Bo', exact: true }).first()).toBeVisible();
  expect(await names.count()).toBeGreaterThanOrEqual(2);

  // The coach opens Ana's Wednesday session and swaps its first main exercise.
  await coach.goto(`/#/runners/${ana}/plan/session/${SERVER_TODAY}-a`);
  const shape = coach.getByRole('region', { name: 'Shape this session' });
  await expect(shape).toBeVisible();
  await shape.getByLabel('Reason (shown to the runner)').fill('left knee ached on the split squats');
  const exercise = shape.getByLabel('Exercise');
  const first = (await exercise.locator('option').nth(1).getAttribute('value'))!;
  await exercise.selectOption(first);
  const swapFor = shape.getByLabel('Swap for');
  await expect(swapFor).toBeVisible();
  const option = swapFor.locator('option').nth(1);
  const optionName = (await option.textContent())!.replace(/ \((easier|same level|harder)\)$/, '');
  await swapFor.selectOption((await option.getAttribute('value'))!);
  await shape.getByRole('button', { name: 'Swap' }).click();
  const changes = coach.getByRole('list', { name: 'Changes to this session' });
  await expect(changes).toContainText(`${optionName} instead of`);

  // One more rep on the session's last item: within the plan's weekly growth, so it is kept.
  await shape.getByLabel('Reason (shown to the runner)').fill('the last set looked easy');
  const item = shape.getByLabel('Item');
  await item.selectOption((await item.locator('option').last().getAttribute('value'))!);
  const reps = shape.getByLabel('Reps');
  const before = Number(await reps.inputValue());
  await reps.fill(String(before + 1));
  await shape.getByRole('button', { name: 'Change the dose' }).click();
  await expect(shape.getByRole('status')).toContainText('Changed the dose');
  await expect(changes).toContainText(`(was`);

  // A copy on Sunday is refused, and says why.
  await shape.getByLabel('Reason (shown to the runner)').fill('an extra session');
  await shape.getByLabel('Add a copy on').selectOption('2026-12-13');
  await shape.getByRole('button', { name: 'Add the copy' }).click();
  await expect(shape.getByRole('alert')).toContainText('Sunday 2026-12-13 has a moderate session already');

  // A move onto a day the rules refuse says why; Thursday is allowed.
  await shape.getByLabel('Reason (shown to the runner)').fill('work trip on Wednesday');
  await shape.getByLabel('Move to').selectOption('2026-12-13');
  await shape.getByRole('button', { name: 'Move' }).click();
  await expect(shape.getByText(/strength session|day between them|session already/)).toBeVisible();
  await shape.getByLabel('Move to').selectOption(MOVED_TO);
  await shape.getByRole('button', { name: 'Move' }).click();
  await expect(coach).toHaveURL(/\/plan\/week\//);
  await coach.goto(`/#/runners/${ana}/plan/session/${MOVED_TO}-a`);

  // Ana re-plans while her coach has the session open: the coach's next change is refused with the
  // reason, and the plan is loaded again (the re-plan made the coach's changes again).
  const reopened = coach.getByRole('region', { name: 'Shape this session' });
  await expect(reopened).toBeVisible();
  expect((await api(page, 'POST', `/api/v1/athletes/${ana}/plans`, {})).status).toBe(201);
  await reopened.getByLabel('Reason (shown to the runner)').fill('one day later');
  await reopened.getByLabel('Move to').selectOption('2026-12-11');
  await reopened.getByRole('button', { name: 'Move' }).click();
  await expect(reopened.getByRole('alert')).toContainText('The plan changed while you had it open');
  await expect(coach.getByRole('list', { name: 'Changes to this session' })).toContainText('moved from Wednesday');

  const notes = coach.getByRole('region', { name: 'Notes on this session' });
  await notes.getByLabel('Add a note').fill('Keep the step-ups slow, and tell me how the knee feels.');
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes.getByText('Keep the step-ups slow')).toBeVisible();
  await coachContext.close();

  // Ana sees the moved session with both changes and the note.
  await page.goto(`/#/plan/session/${MOVED_TO}-a`);
  const seen = page.getByRole('list', { name: 'Changes by your coach' });
  await expect(seen).toContainText('Coach Sam');
  await expect(seen).toContainText(`${optionName} instead of`);
  await expect(seen).toContainText('moved from Wednesday 2026-12-09 to Thursday 2026-12-10');
  await expect(seen).toContainText('left knee ached on the split squats');
  await expect(seen).toContainText('the last set looked easy');
  await expect(page.getByRole('region', { name: 'Notes on this session' }).getByText('Keep the step-ups slow')).toBeVisible();

  // The watch file of the moved session.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download for a Garmin watch (.fit)' }).click();
  expect((await download).suggestedFilename()).toBe(`stride-${MOVED_TO}-0.fit`);

  // The calendar subscription lists the moved session on its new day.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Turn on calendar subscription' }).click();
  const url = await page.locator('#feed-url').inputValue();
  expect(url).toMatch(/\/calendar\/.+\.ics$/);
  // RFC 5545 folds long lines: unfolded before reading.
  const feed = (await (await page.request.get(new URL(url).pathname)).text()).replace(/\r\n[ \t]/g, '');
  expect(feed).toContain('DTSTART;VALUE=DATE:20261210');
  expect(feed).toContain('Changed by Coach Sam');
});
