import { describe, expect, it } from 'vitest';
import {
  characterCount, isNote, isNoteList, MAX_NOTE_LENGTH, newestNoteId, noteBody, noteTextProblem, threadQuery, unreadText,
  writtenText, type Note,
} from './notes';

const note = (id: number, extra: Partial<Note> = {}): Note => ({
  id, author: { id: 3, display_name: 'Ana' }, written: '2026-11-22T08:05:00Z', session: null, text: 'left knee ached',
  mine: false, ...extra,
});

describe('the notes documents', () => {
  it('accepts what the server answers and refuses anything else', () => {
    expect(isNoteList({ notes: [note(1), note(2, { session: { date: '2026-11-24', index: 0 }, mine: true })], unread: 1 })).toBe(true);
    expect(isNote(note(1, { author: { id: null, display_name: 'Cy' } }))).toBe(true);
    const bad: Array<[string, unknown]> = [
      ['no id', { ...note(1), id: undefined }],
      ['id 0', note(0)],
      ['author without a name', note(1, { author: { id: 3 } as Note['author'] })],
      ['written as a date', note(1, { written: '2026-11-22' })],
      ['session without an index', { ...note(1), session: { date: '2026-11-24' } }],
      ['negative index', note(1, { session: { date: '2026-11-24', index: -1 } })],
      ['text not a string', { ...note(1), text: 5 }],
      ['mine missing', { ...note(1), mine: undefined }],
    ];
    for (const [name, value] of bad) expect(isNote(value), name).toBe(false);
    expect(isNoteList({ notes: [note(1)] })).toBe(false);
    expect(isNoteList({ notes: [note(1)], unread: -1 })).toBe(false);
    expect(isNoteList({ notes: 'none', unread: 0 })).toBe(false);
  });
});

describe('threads', () => {
  it('asks for the runner thread or one session', () => {
    expect(threadQuery({ kind: 'runner' })).toBe('?thread=runner');
    expect(threadQuery({ kind: 'session', session: { date: '2026-11-24', index: 1 } })).toBe('?session=2026-11-24%2F1');
  });

  it('sends the trimmed text, with the session of a session thread', () => {
    expect(noteBody({ kind: 'runner' }, '  sore calves \n')).toEqual({ text: 'sore calves' });
    expect(noteBody({ kind: 'session', session: { date: '2026-11-24', index: 0 } }, 'ok'))
      .toEqual({ text: 'ok', session: { date: '2026-11-24', index: 0 } });
  });

  it('marks read through the newest note', () => {
    expect(newestNoteId([])).toBeNull();
    expect(newestNoteId([note(4), note(9), note(7)])).toBe(9);
  });
});

describe('a note before it is sent', () => {
  it('holds 1 to 2000 characters once trimmed, counted as the server counts them', () => {
    const cases: Array<[string, string, string | null]> = [
      ['plain', 'left knee ached', null],
      ['empty', '', 'Write something first.'],
      ['only white space', ' \n\t ', 'Write something first.'],
      ['at the limit', 'a'.repeat(MAX_NOTE_LENGTH), null],
      ['over the limit', 'a'.repeat(MAX_NOTE_LENGTH + 1), 'This note is 2001 characters long; the limit is 2000.'],
      ['trimmed to the limit', `  ${'a'.repeat(MAX_NOTE_LENGTH)}  `, null],
      ['2000 emoji (two UTF-16 units each)', '🏃'.repeat(MAX_NOTE_LENGTH), null],
    ];
    for (const [name, text, problem] of cases) expect(noteTextProblem(text), name).toBe(problem);
    expect(characterCount('🏃é')).toBe(2);
  });
});

describe('words', () => {
  it('counts unread notes and says when a note was written', () => {
    expect(unreadText(0)).toBe('');
    expect(unreadText(1)).toBe('1 unread note');
    expect(unreadText(3)).toBe('3 unread notes');
    expect(writtenText('2026-11-22T08:05:00Z')).toBe('22 Nov 2026, 08:05');
    expect(writtenText('2026-01-02T23:59:00Z')).toBe('2 Jan 2026, 23:59');
  });
});
