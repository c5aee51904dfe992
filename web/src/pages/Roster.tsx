// The coach's desk: every runner the coach sees, one row each, "needs attention" first; sorting,
// a name filter and an attention filter; inviting a runner with a code to share. A row opens the
// runner's pages (CoachRunner.tsx).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Account, ApiClient, Invitation } from '../api/client';
import type { Navigate } from '../app';
import { ChoiceField, Notice, SelectField, TextField } from '../components/fields';
import { humanize } from '../domain/documents';
import { LABELS } from '../domain/enums';
import { unreadText } from '../domain/notes';
import {
  ATTENTION_LABELS, daysAgoText, filterRoster, flagLabel, sparkline, ROSTER_SORT_LABELS, ROSTER_SORTS, shareText, sortRoster, weeksTo,
  type RosterEntry, type RosterSort,
} from '../domain/roster';
import { PHASE_LABELS } from './Plan';

const SHOW = ['all', 'attention'] as const;
type Show = (typeof SHOW)[number];
const SHOW_LABELS: Record<Show, string> = { all: 'Everyone', attention: 'Needs attention' };

/** Today's date in the browser's time zone, as the server names days. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Eight weeks of load as a line, with its numbers for screen readers and a tooltip. */
function LoadTrend({ values }: { values: number[] }) {
  if (values.length === 0) return <span class="meta">none</span>;
  const { points, label } = sparkline(values, 72, 22);
  return (
    <svg class="sparkline" viewBox="-2 -2 76 26" width="76" height="26" role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}

function RosterRow({ entry, today, navigate }: { entry: RosterEntry; today: string; navigate: Navigate }) {
  const open = () => navigate({ name: 'runner', id: String(entry.id), inner: { name: 'home' } });
  const race = entry.next_race;
  return (
    <tr class={entry.attention.length ? 'needs-attention' : ''}>
      <th scope="row">
        <a href={`#/runners/${encodeURIComponent(String(entry.id))}`} onClick={(e) => { e.preventDefault(); open(); }}>{entry.name}</a>
        {entry.unread_notes > 0 && <span class="badge unread unread-notes">{unreadText(entry.unread_notes)}</span>}
        {entry.attention.length > 0 && (
          <ul class="attention">{entry.attention.map((a) => <li class={`reason reason-${a}`}>{ATTENTION_LABELS[a]}</li>)}</ul>
        )}
      </th>
      <td data-label="Next race">{race ? <>{LABELS.event[race.event as keyof typeof LABELS.event] ?? humanize(race.event)}, {race.date}<br /><span class="meta">{weeksTo(today, race.date)} weeks to go</span></> : '–'}</td>
      <td data-label="Phase">{entry.phase ? PHASE_LABELS[entry.phase] ?? humanize(entry.phase) : '–'}</td>
      <td data-label="This week">{entry.week_sessions.planned ? `${entry.week_sessions.done} of ${entry.week_sessions.planned}` : '–'}</td>
      <td data-label="7 days">{shareText(entry.compliance_7d)}</td>
      <td data-label="28 days">{shareText(entry.compliance_28d)}</td>
      <td data-label="Flags">{entry.worst_flag ? <span class={`severity severity-${entry.worst_flag}`}>{humanize(entry.worst_flag)}</span> : 'None'}
        {entry.flags.length > 0 && <><br /><span class="meta">{entry.flags.map(flagLabel).join(', ')}</span></>}</td>
      <td data-label="Latest pain">{entry.latest_pain
        ? <>{LABELS.side[entry.latest_pain.side]} {LABELS.region[entry.latest_pain.region].toLowerCase()} {entry.latest_pain.score}/10<br /><span class="meta">{entry.latest_pain.date}</span></>
        : 'None'}</td>
      <td data-label="Last activity">{daysAgoText(today, entry.last_activity)}</td>
      <td data-label="Load, 8 weeks"><LoadTrend values={entry.weekly_load} /></td>
    </tr>
  );
}

export function RosterPage({ client, account, navigate }: { client: ApiClient; account: Account; navigate: Navigate }) {
  const [entries, setEntries] = useState<RosterEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sort, setSort] = useState<RosterSort>('attention');
  const [show, setShow] = useState<Show>('all');
  const [search, setSearch] = useState('');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [inviteProblem, setInviteProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const today = localToday();

  useEffect(() => {
    void client.roster().then((r) => (r.ok ? setEntries(r.value.athletes) : setProblem(r.error.message)));
  }, []);

  const shown = useMemo(() => entries && sortRoster(filterRoster(entries, search, show === 'attention'), sort), [entries, search, show, sort]);
  const needing = entries?.filter((e) => e.attention.length > 0).length ?? 0;

  const invite = async () => {
    setInviteProblem(null);
    setCopied(false);
    const r = await client.createInvitation();
    if (r.ok) setInvitation(r.value);
    else setInviteProblem(r.error.message);
  };
  const copy = async () => {
    if (!invitation) return;
    try { await navigator.clipboard.writeText(invitation.code); setCopied(true); } catch { setCopied(false); }
  };

  return (
    <section class="roster">
      <h1 tabIndex={-1}>Your runners</h1>
      <p class="lede">Hello, {account.display_name}. {entries === null ? '' : entries.length === 0 ? 'No runners yet.'
        : `${entries.length} ${entries.length === 1 ? 'runner' : 'runners'}; ${needing === 0 ? 'none needs' : needing === 1 ? 'one needs' : `${needing} need`} your attention now.`}</p>
      {problem && <Notice kind="error">{problem}</Notice>}

      <section class="card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite a runner</h2>
        <p>The runner enters the code in Settings, under Coaches, within 7 days; it works once. They can stop sharing with you at any time.</p>
        <div class="button-row">
          <button type="button" class="primary" onClick={invite}>{invitation ? 'Make another code' : 'Make an invitation code'}</button>
          <button type="button" class="secondary" onClick={() => navigate({ name: 'onboarding', step: 'about' })}>Add a runner you manage</button>
        </div>
        {inviteProblem && <Notice kind="error">{inviteProblem}</Notice>}
        {invitation && (
          <p class="invitation" role="status">Code: <code>{invitation.code}</code> (valid until {invitation.expires.slice(0, 10)}){' '}
            <button type="button" class="secondary small" onClick={copy}>{copied ? 'Copied' : 'Copy'}</button></p>
        )}
      </section>

      {entries === null && !problem && <p role="status">Loading the roster…</p>}
      {entries !== null && entries.length > 0 && shown && (
        <>
          <div class="roster-tools">
            <TextField path="roster_search" label="Find a runner" value={search} onInput={setSearch} />
            <SelectField path="roster_sort" label="Order" value={sort} options={ROSTER_SORTS} labels={ROSTER_SORT_LABELS} onChange={setSort} />
            <ChoiceField path="roster_show" label="Show" value={show} options={SHOW} labels={SHOW_LABELS} onChange={setShow} layout="row" />
          </div>
          <div class="table-scroll" role="region" aria-label="Runners">
            <table class="data roster-table">
              <thead><tr>
                <th scope="col">Runner</th><th scope="col">Next race</th><th scope="col">Phase</th><th scope="col">This week</th>
                <th scope="col">7 days</th><th scope="col">28 days</th><th scope="col">Flags</th><th scope="col">Latest pain</th>
                <th scope="col">Last activity</th><th scope="col">Load, 8 weeks</th>
              </tr></thead>
              <tbody>{shown.map((e) => <RosterRow entry={e} today={today} navigate={navigate} />)}</tbody>
            </table>
          </div>
          {shown.length === 0 && <p>No runner matches.</p>}
          <p class="meta">"This week" counts strength sessions done of those planned; 7 and 28 days are the share of planned strength sessions logged.</p>
        </>
      )}
    </section>
  );
}
