// Notes between a runner and their coach (docs/http.md "Notes"): the documents the server answers,
// which thread a page shows, the checks of a note before it is sent (the server's own), and the
// words of unread counts. Pure: no fetch, no DOM, no clock.

/** A session of the plan as notes name it: the plan day and the session's place in it, from 0. */
export interface SessionRef { date: string; index: number }

/** One note as GET and POST /athletes/{id}/notes answer it. */
export interface Note {
  id: number;
  author: { id: number | null; display_name: string };
  /** ISO 8601 UTC, e.g. 2026-11-22T08:00:00Z. */
  written: string;
  session: SessionRef | null;
  text: string;
  /** The caller wrote it. */
  mine: boolean;
}

/** GET /athletes/{id}/notes: the thread, oldest first, and how many of its notes the caller has not read. */
export interface NoteList { notes: Note[]; unread: number }

/** Which notes a page shows: the runner's own thread (notes about no session) or one session's. */
export type NoteThreadScope = { kind: 'runner' } | { kind: 'session'; session: SessionRef };

/** The server's limit, in characters (code points) after trimming. */
export const MAX_NOTE_LENGTH = 2000;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);

export function isNote(x: unknown): x is Note {
  return isObject(x) && isCount(x.id) && x.id > 0
    && isObject(x.author) && (x.author.id === null || isCount(x.author.id)) && typeof x.author.display_name === 'string'
    && typeof x.written === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(x.written)
    && (x.session === null || (isObject(x.session) && isDate(x.session.date) && isCount(x.session.index)))
    && typeof x.text === 'string' && typeof x.mine === 'boolean';
}

export function isNoteList(x: unknown): x is NoteList {
  return isObject(x) && Array.isArray(x.notes) && x.notes.every(isNote) && isCount(x.unread);
}

/** The query of GET /notes for a thread: `?thread=runner` or `?session=YYYY-MM-DD/N`. */
export function threadQuery(scope: NoteThreadScope): string {
  if (scope.kind === 'runner') return '?thread=runner';
  return `?session=${encodeURIComponent(`${scope.session.date}/${scope.session.index}`)}`;
}

/** The body of POST /notes for `text` in the thread. */
export function noteBody(scope: NoteThreadScope, text: string): { text: string; session?: SessionRef } {
  return scope.kind === 'session' ? { text: text.trim(), session: scope.session } : { text: text.trim() };
}

/** Characters as the server counts them (Unicode code points). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** What is wrong with a note before it is sent, in words, or null when it may be sent. */
export function noteTextProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Write something first.';
  const length = characterCount(trimmed);
  if (length > MAX_NOTE_LENGTH) return `This note is ${length} characters long; the limit is ${MAX_NOTE_LENGTH}.`;
  return null;
}

/** The id to mark read through when the thread is shown: its newest note, or null without notes. */
export function newestNoteId(notes: readonly Note[]): number | null {
  return notes.reduce<number | null>((newest, note) => (newest === null || note.id > newest ? note.id : newest), null);
}

/** "1 unread note", "3 unread notes", or '' for none. */
export function unreadText(count: number): string {
  if (count <= 0) return '';
  return `${count} unread ${count === 1 ? 'note' : 'notes'}`;
}

/** "22 Nov 2026, 08:00" in UTC: when a note was written. */
export function writtenText(written: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = months[Number(written.slice(5, 7)) - 1] ?? written.slice(5, 7);
  return `${Number(written.slice(8, 10))} ${month} ${written.slice(0, 4)}, ${written.slice(11, 16)}`;
}
