// One thread of notes between a runner and their coach (the runner's own thread, or one session's),
// with a form to add a note. Shown to the runner and to the coach alike: both may write. Opening
// the thread marks its notes read for whoever is looking (POST notes/read through the newest).
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../api/client';
import { newestNoteId, noteTextProblem, unreadText, writtenText, type Note, type NoteThreadScope } from '../domain/notes';
import { Notice, TextAreaField } from './fields';

type Id = number | string;

export function NoteThread({ client, athleteId, scope, title, intro }: {
  client: ApiClient; athleteId: Id; scope: NoteThreadScope; title: string; intro: string;
}) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState('');
  const key = scope.kind === 'runner' ? 'runner' : `${scope.session.date}-${scope.session.index}`;
  const path = `note_${key}`;

  useEffect(() => {
    let live = true;
    setNotes(null);
    void client.listNotes(athleteId, scope).then((r) => {
      if (!live) return;
      if (!r.ok) { setProblem(`The notes could not be loaded: ${r.error.message}`); return; }
      setNotes(r.value.notes);
      setUnread(r.value.unread);
      const newest = newestNoteId(r.value.notes);
      if (r.value.unread > 0 && newest !== null) void client.markNotesRead(athleteId, newest);
    });
    return () => { live = false; };
  }, [athleteId, key]);

  const send = async (event: Event) => {
    event.preventDefault();
    setSaved('');
    const local = noteTextProblem(text);
    if (local) { setTextError(local); return; }
    setTextError(undefined);
    setSending(true);
    const r = await client.postNote(athleteId, scope, text);
    setSending(false);
    if (!r.ok) {
      if (r.error.field === '$.text') setTextError(r.error.message);
      else setProblem(`The note was not saved: ${r.error.message}`);
      return;
    }
    setProblem(null);
    setNotes((before) => [...(before ?? []), r.value]);
    setText('');
    setSaved('Note added.');
    // The writer's own note is never unread for them, so the read mark can stay where it is.
  };

  const headingId = `notes-${key}-title`;
  return (
    <section class="card notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}{unread > 0 && <> <span class="badge unread">{unreadText(unread)}</span></>}</h2>
      <p class="meta">{intro}</p>
      {problem && <Notice kind="error">{problem}</Notice>}
      {notes === null && !problem && <p role="status">Loading the notes…</p>}
      {notes !== null && notes.length === 0 && <p>No notes yet.</p>}
      {notes !== null && notes.length > 0 && (
        <ol class="note-list" aria-label={title}>
          {notes.map((note) => (
            <li class={note.mine ? 'note mine' : 'note'}>
              <p class="note-meta"><strong>{note.mine ? 'You' : note.author.display_name}</strong>{' '}
                <time dateTime={note.written}>{writtenText(note.written)} UTC</time></p>
              <p class="note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form class="note-form" onSubmit={send} noValidate>
        <TextAreaField path={path} label="Add a note" value={text} onInput={setText} error={textError} rows={3}
          hint="Up to 2000 characters." />
        <button type="submit" class="secondary" disabled={sending}>{sending ? 'Saving…' : 'Save note'}</button>
        <p class="meta" role="status" aria-live="polite">{saved}</p>
      </form>
    </section>
  );
}
