import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importSummary, isActivityFileName, nextQueued, percent, queueFiles, report, reportSentence, setStatus, statusFromAnswer } from './upload';

const doc = JSON.parse(readFileSync(new URL('../../e2e/fixtures/import-every-format.json', import.meta.url), 'utf8'));

describe('the upload report', () => {
  it('queues activity files and refuses others without sending them', () => {
    expect(isActivityFileName('Morning.FIT')).toBe(true);
    expect(isActivityFileName('notes.txt')).toBe(false);
    const files = queueFiles([], [{ name: 'a.fit', size: 10 }, { name: 'b.txt', size: 5 }, { name: 'c.gpx', size: 7 }], (i) => `k${i}`);
    expect(files.map((f) => f.status.state)).toEqual(['queued', 'unreadable', 'queued']);
    expect(nextQueued(files)?.key).toBe('k0');
  });
  it('follows each file through its states, in order', () => {
    let files = queueFiles([], [{ name: 'a.fit', size: 10 }, { name: 'b.gpx', size: 10 }, { name: 'c.tcx', size: 10 }, { name: 'd.fit', size: 10 }], (i) => `k${i}`);
    files = setStatus(files, 'k0', { state: 'uploading', loaded: 5, total: 10 });
    expect(percent(files[0]!.status)).toBe(50);
    expect(nextQueued(files)?.key).toBe('k1');
    files = setStatus(files, 'k0', statusFromAnswer(201, true, '', { ...doc, activities: [doc.activities[0]] }));
    files = setStatus(files, 'k1', statusFromAnswer(409, false, 'already imported', null));
    files = setStatus(files, 'k2', statusFromAnswer(400, false, 'truncated', null));
    expect(report(files)).toEqual({ imported: 1, duplicate: 1, unreadable: 1, failed: 0, pending: 1 });
    expect(reportSentence(report(files))).toBe('1 imported, 1 already imported, 1 unreadable, 1 still to send.');
    files = setStatus(files, 'k3', statusFromAnswer(503, false, 'busy', null));
    expect(reportSentence(report(files))).toBe('1 imported, 1 already imported, 1 unreadable, 1 failed.');
  });
  it('summarises an imported activity from stride.import.v1', () => {
    expect(importSummary({ ...doc, activities: [doc.activities[0]] })).toBe('running on 2024-05-04, 0.11 km, 40 s');
    expect(importSummary({ ...doc, activities: [{ ...doc.activities[0], timer_s: 3600 }] })).toBe('running on 2024-05-04, 0.11 km, 60 min');
    expect(importSummary({ ...doc, activities: [doc.activities[2]] })).toBe('activity on 2026-01-03, 0.04 km, 5 s');
  });
});
