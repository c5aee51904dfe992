// Runs: several activity files uploaded one by one (one already imported, one unreadable) with a
// report; a run added by hand; an imported run rated.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixtureFile, mockApi } from './mock-api';

test('upload files and see the report, add and rate a run', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/runs');
  await expect(page.getByRole('heading', { name: 'Runs', level: 1 })).toBeVisible();
  await expect(page.getByText('Every run has its rating.')).toBeVisible();

  await page.getByLabel('Choose files').setInputFiles([
    fixtureFile('activity_track.gpx'), fixtureFile('activity_run.fit'), fixtureFile('activity_truncated.fit'),
  ]);
  await expect(page.getByText('Report: 1 imported, 1 already imported, 1 unreadable.')).toBeVisible();
  await expect(page.getByText('Imported: running on 2026-11-21, 0.10 km, 21 s')).toBeVisible();
  await expect(page.getByText(/^Already imported: This activity is already imported/)).toBeVisible();
  await expect(page.getByText(/^Unreadable: truncated at byte 1000/)).toBeVisible();
  expect(api.uploads.map((u) => u.status)).toEqual([201, 409, 400]);
  await expect(page.getByRole('progressbar', { name: 'activity_track.gpx upload' })).toHaveAttribute('value', '100');

  // The imported run has no RPE yet: rate it.
  await page.getByLabel(/^2026-11-21: 0.104443 km/).selectOption('3');
  await page.getByRole('button', { name: 'Save rating for 2026-11-21' }).click();
  await expect(page.getByText('Every run has its rating.')).toBeVisible();

  // By hand, with our checks first.
  await page.getByRole('button', { name: 'Save run' }).click();
  await expect(page.getByRole('alert').getByText('Minutes: a number above 0.')).toBeVisible();
  await page.getByLabel('Minutes').fill('48');
  await page.getByLabel('Distance in km (optional)').fill('9,1');
  await page.getByLabel(/How hard was it/).selectOption('4');
  await page.getByRole('button', { name: 'Save run' }).click();
  await expect(page.getByText(/^Run saved: .*48 min, 9.1 km/)).toBeVisible();
  expect(api.activitiesPosted).toEqual([expect.objectContaining({ sport: 'run', duration_min: 48, distance_km: 9.1, rpe: 4 })]);
});

test('drop files on the drop zone', async ({ page }) => {
  const api = await mockApi(page, { signedIn: true, hasAthlete: true });
  await page.goto('/#/runs');
  const gpx = readFileSync(fixtureFile('activity_track.gpx'), 'utf8');
  // A real drop: a DataTransfer holding the files, dispatched on the zone.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'morning.gpx', { type: 'application/gpx+xml' }));
    dt.items.add(new File(['just notes'], 'notes.txt', { type: 'text/plain' }));
    return dt;
  }, gpx);
  await page.getByText(/^Drop FIT, GPX or TCX files/).dispatchEvent('dragover', { dataTransfer });
  await page.getByText(/^Drop FIT, GPX or TCX files/).dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Report: 1 imported, 0 already imported, 1 unreadable.')).toBeVisible();
  await expect(page.getByText('Unreadable: Not a FIT, GPX or TCX file: not sent.')).toBeVisible();
  expect(api.uploads.map((u) => u.status)).toEqual([201]);
});
