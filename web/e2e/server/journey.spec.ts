// Issue 14's journeys against the real `stride serve` (e2e/server/serve.sh: a fresh database, the
// built web app, today fixed at SERVER_TODAY in the server and in the browser). Nothing is mocked:
// every answer is the server's. A runner signs up, onboards, assesses, builds the plan, trains a
// session with its sets, RPE and pain, uploads a FIT and a GPX file, sees it all in Today, exports
// her data and subscribes to her plan's calendar feed; a coach invites her, she accepts in Settings,
// and the coach's roster lists her.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVER_TODAY } from './today';
import { example, startClock, signUp, api } from './session';

const golden = (name: string) => fileURLToPath(new URL(`../../../tests/golden/inputs/${name}`, import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/server/', import.meta.url));

// Full-page screenshots at the phone's 390 × 844 and the desktop's 1280 × 800, for people to look at.
async function shoot(page: Page, name: string) {
  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../../../build/stride', import.meta.url)))) {
    throw new Error('../build/stride is missing: run make build first (the server project runs the real stride serve)');
  }
});

test('a runner: sign up, onboard, assess, plan, train, runs, today, export; a coach invites her', async ({ page, browser }) => {
  await startClock(page);
  const email = `ana-${Date.now()}@example.org`;

  await test.step('sign up and onboard through the wizard', async () => {
    await signUp(page, 'Ana', email, 'Runner');
    const icon = await page.request.get('/favicon.svg');
    expect([icon.status(), icon.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
    await expect(page.getByRole('heading', { name: /About you/ })).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ana');
    await page.getByRole('radio', { name: 'Female' }).check();
    await page.getByLabel('Birth year (optional)').fill('1991');
    await page.getByLabel('Body mass in kg (optional)').fill('58');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Your running/ })).toBeVisible();
    await page.getByLabel('Years of running').fill('4');
    await page.getByLabel('Usual weekly distance (km)').fill('45');
    await page.getByLabel('Longest run in the last month (km, optional)').fill('18');
    await page.getByRole('radio', { name: /^Beginner/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Your goal/ })).toBeVisible();
    await page.getByRole('radio', { name: 'Half marathon' }).check();
    await page.getByLabel('Race date').fill('2027-03-14');
    await page.getByLabel('Target time (optional)').fill('1:45:00');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Injuries/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add an injury' }).click();
    const injury = page.getByRole('group', { name: 'Injury 1' });
    await injury.getByLabel('Where').selectOption('knee');
    await injury.getByRole('radio', { name: 'Left' }).check();
    await injury.getByLabel('How is it now?').selectOption('past');
    await injury.getByLabel('When it started (optional)').fill('2025-06');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Equipment/ })).toBeVisible();
    for (const name of ['Dumbbells', 'Mini band', 'Foam roller', 'Plyo box']) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Time for strength/ })).toBeVisible();
    for (const name of ['Tuesday', 'Friday', 'Saturday']) await page.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Your usual running week/ })).toBeVisible();
    await page.getByLabel('Saturday', { exact: true }).selectOption('long');
    await page.getByLabel('Saturday distance in km (optional)').fill('18');
    await page.getByLabel('Sunday', { exact: true }).selectOption('recovery');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Check and save/ })).toBeVisible();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('heading', { name: /^Today/, level: 1 })).toBeVisible();
    const athletes = await api(page, 'GET', '/api/v1/athletes');
    expect(athletes.json.athletes).toEqual([{ id: expect.any(Number), name: 'Ana', owner: true }]);
    await expect(page.getByText(/^No plan yet/)).toBeVisible();
    await expect(page.getByRole('heading', { name: "Today's training" })).toHaveCount(0);
    await shoot(page, '01-today-before-plan');
  });

  await test.step('assess every step and see the routine', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess' }).click();
    await expect(page.getByRole('heading', { name: /Overhead squat: feet/ })).toBeVisible();
    await page.getByRole('group', { name: 'Feet turn out' }).getByRole('radio', { name: 'Both' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: /Overhead squat: knees/ })).toBeVisible();
    await page.getByRole('group', { name: 'Knees cave in' }).getByRole('radio', { name: 'Left' }).check();
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
    await expect(page.getByRole('heading', { name: 'Single-leg balance' })).toBeVisible();
    await page.getByLabel('Seconds on the left leg').fill('11');
    await page.getByLabel('Seconds on the right leg').fill('34');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Check and send' })).toBeVisible();
    await page.getByRole('button', { name: 'Send assessment' }).click();
    await expect(page.getByRole('heading', { name: 'Your findings and routine' })).toBeVisible();
    const blocks = (await page.getByRole('heading', { level: 3 }).allTextContents()).filter((h) => /^\d\./.test(h));
    expect(blocks).toEqual([
      '1. Inhibit: roll the overactive muscles', '2. Lengthen: stretch them', '3. Activate: wake up the underactive ones', '4. Integrate: put it together in a movement',
    ]);
    await shoot(page, '02-assessment-routine');
    const stored = await api(page, 'GET', `/api/v1/athletes/${(await api(page, 'GET', '/api/v1/athletes')).json.athletes[0].id}/assessments`);
    expect(stored.json.assessments).toHaveLength(1);
    expect(stored.json.assessments[0].result.schema).toBe('stride.assessment.v1');
  });

  await test.step('build the plan and see the calendar, a week and a session', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await expect(page.getByText(/^No plan yet/)).toBeVisible();
    await page.getByRole('button', { name: 'Build my plan' }).click();
    const season = page.getByRole('table');
    await expect(season).toBeVisible();
    await expect(season.getByRole('link', { name: /^1 Stabilization/ })).toBeVisible();
    await shoot(page, '03-plan-calendar');
    await page.getByRole('button', { name: 'This week' }).click();
    await expect(page.getByRole('heading', { name: /^Week 1:/ })).toBeVisible();
    // The plan starts today, a Wednesday: Monday and Tuesday are not rest days of it.
    await expect(page.getByText('Outside your plan')).toHaveCount(2);
    await shoot(page, '04-plan-week');
    await page.locator('main').getByRole('link').filter({ hasText: /^(Stability|Strength)/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(Stability|Strength)/);
    await expect(page.getByText(/reps|hold/).first()).toBeVisible();
    await shoot(page, '05-plan-session');
    // A strength session downloads as a FIT workout file for a watch.
    const watchLink = page.getByRole('link', { name: 'Download for a Garmin watch (.fit)' });
    const [download] = await Promise.all([page.waitForEvent('download'), watchLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^stride-\d{4}-\d{2}-\d{2}-\d+\.fit$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('.FIT');
    expect(bytes.length).toBeGreaterThan(100);
  });

  await test.step('train today\'s session: sets, pain, the session RPE', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect(page.getByRole('heading', { name: /^Today, Wednesday 9 Dec/ })).toBeVisible();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Start session' }).click();
    await shoot(page, '06-train-set');
    for (let set = 0; set < 3; set++) {
      await page.getByRole('button', { name: /^Done: / }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Set saved.' })).toBeAttached();
      if (await page.getByRole('button', { name: 'Skip rest' }).isVisible()) await page.getByRole('button', { name: 'Skip rest' }).click();
    }
    await page.getByRole('button', { name: 'Report pain' }).click();
    await page.getByLabel('Where does it hurt?').selectOption('knee');
    await page.getByRole('group', { name: 'Side' }).getByRole('radio', { name: 'Left' }).check();
    await page.getByLabel(/How much, from 0/).fill('3');
    await page.getByRole('group', { name: 'When' }).getByRole('radio', { name: 'During training' }).check();
    await page.getByRole('button', { name: 'Save pain report' }).click();
    await expect(page.getByText('Pain saved: left knee, 3/10.')).toBeVisible();
    await page.getByRole('button', { name: 'Finish now' }).click();
    await expect(page.getByRole('heading', { name: 'How hard was the session?' })).toBeVisible();
    await page.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect(page.getByText(/^Saved: .*3 sets, session RPE 6/)).toBeVisible();
    // The session done is not offered again: the next one is, on Sunday.
    await expect(page.getByText(/^Sunday 13 Dec, about \d+ minutes\.$/)).toBeVisible();
    await shoot(page, '07-train-saved');
  });

  await test.step('upload a FIT and a GPX file, rate them, and see them in Runs', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' }).click();
    await expect(page.getByRole('heading', { name: 'Runs', level: 1 })).toBeVisible();
    await page.getByLabel('Choose files').setInputFiles([golden('activity_run.fit'), golden('activity_easy_run.gpx')]);
    await expect(page.getByText('Report: 2 imported, 0 already imported, 0 unreadable.')).toBeVisible();
    await page.getByLabel('Choose files').setInputFiles([golden('activity_easy_run.gpx')]);
    await expect(page.getByText('Report: 2 imported, 1 already imported, 0 unreadable.')).toBeVisible();
    await expect(page.getByText('Already imported: this file is already imported')).toBeVisible();
    await shoot(page, '08-runs-uploaded');
    for (let i = 0; i < 2; i++) {
      const rating = page.getByLabel(/^\d{4}-\d{2}-\d{2}: [\d.]+ km/).first();
      await rating.selectOption('4');
      await page.getByRole('button', { name: /^Save rating for / }).first().click();
      await expect(page.getByRole('button', { name: /^Save rating for / })).toHaveCount(1 - i);
    }
    await expect(page.getByText('Every run has its rating.')).toBeVisible();
  });

  await test.step('see it all in Today', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect(page.getByRole('heading', { name: /^Today, Wednesday 9 Dec/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Weekly run distance/ })).toBeVisible();
    await expect(page.getByText(`1 pain report; the latest, on ${SERVER_TODAY}: Left knee 3/10.`)).toBeVisible();
    await expect(page.getByRole('row', { name: /^Wednesday 9 Dec .*Strength .*RPE 6/ })).toBeVisible();
    await shoot(page, '09-today');
  });

  await test.step('settings: export everything', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all my data' }).click();
    const exported = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
    expect(exported.schema).toBe('stride.export.v1');
    expect(exported.athlete.name).toBe('Ana');
    expect(exported.assessments).toHaveLength(1);
    expect(exported.plan.schema).toBe('stride.plan.v1');
    expect(exported.activities.map((a: any) => a.sport).sort()).toEqual(['run', 'run', 'strength']);
    expect(exported.activities.every((a: any) => a.rpe !== null)).toBe(true);
    expect(exported.pain).toHaveLength(1);
    await shoot(page, '10-settings');
  });

  await test.step('settings: subscribe to the plan in a calendar app', async () => {
    await page.getByRole('button', { name: 'Turn on calendar subscription' }).click();
    const link = page.getByLabel('Calendar link');
    await expect(link).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{22,}\.ics$/);
    const url = await link.inputValue();
    await expect(page.getByText(/^On since/)).toBeVisible();
    const athletes = await api(page, 'GET', '/api/v1/athletes');
    const plan = await api(page, 'GET', `/api/v1/athletes/${athletes.json.athletes[0].id}/plans/current`);
    const titles: string[] = plan.json.days.flatMap((d: any) => d.sessions.map((s: any) => s.title));
    expect(titles.length).toBeGreaterThan(0);
    // A calendar app fetches it without a session: the secret in the URL is the credential.
    const calendarApp = await browser.newContext();
    const feed = await calendarApp.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const text = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(titles.some((title) => text.includes(`SUMMARY:${title} · `))).toBe(true);
    await shoot(page, '10-settings-calendar');
    // Turned off, the link answers 404.
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(page.getByText(/turned off: the old link no longer works/)).toBeVisible();
    expect((await calendarApp.request.get(url)).status()).toBe(404);
    await calendarApp.close();
  });

  await test.step('a coach invites her; she accepts in Settings; the roster lists her', async () => {
    const coachContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
    const coach = await coachContext.newPage();
    await startClock(coach);
    await signUp(coach, 'Coach Lee', `lee-${Date.now()}@example.org`, 'Coach');
    // A new coach lands on an empty roster and makes an invitation code there.
    await expect(coach.getByRole('heading', { name: 'Your runners' })).toBeVisible();
    await expect(coach.getByText(/No runners yet/)).toBeVisible();
    await coach.getByRole('button', { name: 'Make an invitation code' }).click();
    const code = (await coach.locator('.invitation code').textContent())!.trim();
    expect(code.length).toBeGreaterThan(8);

    await page.getByLabel('Invitation code').fill(code);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(page.getByRole('button', { name: 'Revoke Coach Lee' })).toBeVisible();
    await page.getByLabel('Invitation code').fill(code);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(page.getByText(/That code is unknown, used or expired/)).toBeVisible();
    await expect(page.getByText(/^Invitation accepted/)).toHaveCount(0);
    await shoot(page, '11-settings-coach');

    const roster = await api(coach, 'GET', '/api/v1/roster');
    expect(roster.status).toBe(200);
    expect(roster.json.athletes).toEqual([expect.objectContaining({ name: 'Ana', owner: false, last_activity: SERVER_TODAY, phase: 'stabilization' })]);

    // The roster page lists her; her row opens her Today and plan, read-only for her log.
    await coach.reload();
    const row = coach.getByRole('row', { name: /Ana/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').nth(1)).toHaveText('Stabilization');
    await expect(row).toContainText('today');
    await shoot(coach, '12-roster');
    await row.getByRole('link', { name: 'Ana' }).click();
    await expect(coach.getByRole('heading', { level: 1, name: /^Today, / })).toBeVisible();
    await expect(coach.getByText('Ana', { exact: true })).toBeVisible();
    await expect(coach.getByRole('button', { name: 'Start session' })).toHaveCount(0);
    await expect(coach.getByRole('button', { name: 'Report pain' })).toHaveCount(0);
    await shoot(coach, '13-coach-runner-today');
    await coach.getByRole('link', { name: 'Plan' }).click();
    await expect(coach).toHaveURL(/#\/runners\/[^/]+\/plan$/);
    await expect(coach.getByRole('heading', { level: 1 })).toHaveText("Ana's plan");
    await shoot(coach, '14-coach-runner-plan');
    await coach.getByRole('link', { name: '← All runners' }).click();
    await expect(coach.getByRole('heading', { name: 'Your runners' })).toBeVisible();
    await coachContext.close();
  });
});
