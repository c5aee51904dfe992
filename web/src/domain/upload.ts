// Uploading several activity files one by one (api.md: POST activities/files), and the report:
// imported (201), duplicate (409), unreadable (400) or failed (anything else).
import type { ImportDocument } from './documents';

export type FileState =
  | { state: 'queued' }
  | { state: 'uploading'; loaded: number; total: number }
  | { state: 'imported'; summary: string }
  | { state: 'duplicate'; message: string }
  | { state: 'unreadable'; message: string }
  | { state: 'failed'; message: string };

export interface UploadFile { key: string; name: string; size: number; status: FileState }

export const ACCEPTED_EXTENSIONS = ['.fit', '.gpx', '.tcx'] as const;
export function isActivityFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((e) => lower.endsWith(e));
}

export function queueFiles(existing: UploadFile[], files: Array<{ name: string; size: number }>, keyOf: (i: number) => string): UploadFile[] {
  return [...existing, ...files.map((f, i) => ({
    key: keyOf(i), name: f.name, size: f.size,
    status: isActivityFileName(f.name) ? { state: 'queued' } as FileState : { state: 'unreadable', message: 'Not a FIT, GPX or TCX file: not sent.' } as FileState,
  }))];
}

export function setStatus(files: UploadFile[], key: string, status: FileState): UploadFile[] {
  return files.map((f) => (f.key === key ? { ...f, status } : f));
}

export function nextQueued(files: UploadFile[]): UploadFile | null {
  return files.find((f) => f.status.state === 'queued') ?? null;
}

export function percent(s: FileState): number {
  if (s.state === 'uploading') return s.total > 0 ? Math.min(100, Math.round((s.loaded / s.total) * 100)) : 0;
  return s.state === 'queued' ? 0 : 100;
}

/** What a 201's import document says about the file, for the report. */
export function importSummary(doc: ImportDocument): string {
  const a = doc.activities[0];
  if (!a) return doc.errors[0]?.message ?? 'Nothing imported.';
  const km = a.distance_m !== null ? `${(a.distance_m / 1000).toFixed(2)} km` : 'no distance';
  const min = a.timer_s === null ? '' : a.timer_s < 60 ? `${Math.round(a.timer_s)} s` : `${Math.round(a.timer_s / 60)} min`;
  const day = a.start_time ? a.start_time.slice(0, 10) : 'no date';
  return [`${a.sport ?? 'activity'} on ${day}`, km, min].filter(Boolean).join(', ');
}

/** The status an answer gives a file. */
export function statusFromAnswer(status: number, ok: boolean, message: string, doc: ImportDocument | null): FileState {
  if (ok && doc) return { state: 'imported', summary: importSummary(doc) };
  if (status === 409) return { state: 'duplicate', message: message || 'Already imported.' };
  if (status === 400) return { state: 'unreadable', message };
  return { state: 'failed', message };
}

export interface UploadReport { imported: number; duplicate: number; unreadable: number; failed: number; pending: number }
export function report(files: UploadFile[]): UploadReport {
  const r: UploadReport = { imported: 0, duplicate: 0, unreadable: 0, failed: 0, pending: 0 };
  for (const f of files) {
    if (f.status.state === 'queued' || f.status.state === 'uploading') r.pending++;
    else r[f.status.state]++;
  }
  return r;
}

export function reportSentence(r: UploadReport): string {
  const parts = [`${r.imported} imported`, `${r.duplicate} already imported`, `${r.unreadable} unreadable`];
  if (r.failed) parts.push(`${r.failed} failed`);
  if (r.pending) parts.push(`${r.pending} still to send`);
  return parts.join(', ') + '.';
}
