// An in-memory stand-in for `stride serve`'s API (api.md), installed with page.route. It keeps
// what the page sent, answers api.md's documents and errors, and checks the CSRF header the way
// the server does.
import type { Page, Request } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The engine's real documents (tests/golden and examples/, copied; see e2e/fixtures/README.md).
const fixture = (name: string): any => JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'));
export const fixtureFile = (name: string) => fileURLToPath(new URL(`../fixtures/files/${name}`, import.meta.url));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface MockApi {
  /** Bodies of POST /api/v1/athletes, in order. */
  athletesPosted: unknown[];
  /** Bodies of PUT /api/v1/athletes/{id}/running-calendar, in order. */
  calendarsPut: Array<{ id: string; body: unknown }>;
  /** Every request's method and path. */
  log: string[];
  signedIn: boolean;
  athletesPut: unknown[];
  assessmentsPosted: unknown[];
  plansPosted: unknown[];
  activitiesPosted: unknown[];
  painPosted: unknown[];
  uploads: Array<{ bytes: number; status: number }>;
  tokens: Array<{ id: number; name: string; created: string; last_used: string | null }>;
  coaches: Array<{ account_id: number; display_name: string }>;
  /** The athlete's calendar feed as GET calendar-feed answers it; `made` counts the URLs handed out. */
  calendarFeed: { active: boolean; created: string | null; made: number };
  deleted: boolean;
  /** While true, every request fails as with no signal (page.route answers even offline). */
  offline: boolean;
  /** Hand-over codes the coach made for athlete 1, newest last; only the newest is accepted. */
  handoverCodes: string[];
  /** Whether the runner's own athlete holds a log, so accepting a hand-over answers 409. */
  ownAthleteHasLog: boolean;
  /** The athlete's notes as stored, oldest first; authors by account id (1 is the signed-in account). */
  notes: Array<{ id: number; author: { id: number; display_name: string }; written: string; session: { date: string; index: number } | null; text: string }>;
  /** Bodies of POST notes, and the `through` of each POST notes/read, in order. */
  notesPosted: unknown[];
  notesRead: number[];
  /** The roster GET /roster answers to a coach (docs/http.md), with each runner's unread_notes. */
  roster: unknown[];
}

const CSRF = 'csrf-test-token-1234567890';

export interface MockOptions {
  signedIn?: boolean;
  /** E-mails already registered: sign-up answers 409 on `$.email`. */
  taken?: string[];
  /** Whether the signed-in account already has its athlete. */
  hasAthlete?: boolean;
  /** No plan stored yet: GET plans/current answers 404. */
  noPlan?: boolean;
  /** The signed-in account's role (a runner unless said); a coach owns athlete 1 when hasAthlete. */
  role?: 'runner' | 'coach';
  /** The entries GET /api/v1/roster answers (docs/http.md), for a coach. */
  /** Signed in as a coach who sees athlete 1 (Ana) without owning it. */
  coach?: boolean;
  /** Notes stored before the page opens (see MockApi.notes). */
  notes?: MockApi['notes'];
  roster?: unknown[];
}

export async function mockApi(page: Page, options: MockOptions = {}): Promise<MockApi> {
  const state: MockApi = {
    athletesPosted: [], calendarsPut: [], log: [], signedIn: options.signedIn ?? false, athletesPut: [],
    assessmentsPosted: [], plansPosted: [], activitiesPosted: [], painPosted: [], uploads: [],
    tokens: [{ id: 1, name: 'spreadsheet', created: '2026-11-01T08:00:00Z', last_used: '2026-11-20T18:30:00Z' }],
    coaches: [], calendarFeed: { active: false, created: null, made: 0 }, deleted: false, offline: false,
    handoverCodes: [], ownAthleteHasLog: options.hasAthlete ?? false,
    notes: [...(options.notes ?? [])], notesPosted: [], notesRead: [], roster: options.roster ?? [],
  };
  let readThrough = 0;
  let athleteDoc: any = fixture('athlete.json');
  let plan: any = options.noPlan ? null : fixture('plan.json');
  const assessments: any[] = [];
  const log = fixture('log.json');
  let nextActivityId = 1;
  // As the server lists them (docs/http.md): every member present, absent values null.
  const listed = (a: any) => ({
    distance_km: null, rpe: null, avg_hr: null, race: false, note: null, client_id: null, recording: null, ...a,
    sets: (a.sets ?? []).map((x: any) => ({ side: 'both', load_kg: null, rpe: null, ...x })),
  });
  const activities: any[] = log.activities.map((a: any) => listed({ id: nextActivityId++, ...a }));
  const pain: any[] = log.pain.map((p: any) => ({ client_id: null, ...p }));
  const status = { ...fixture('status.json'), running_dynamics: fixture('status-watch-imports.json').running_dynamics };
  const imports = fixture('import-every-format.json');
  // A file this athlete imported before: uploading it again is a 409.
  const seen = new Set<string>([sha(readFileSync(fixtureFile('activity_run.fit')))]);
  let account = options.coach
    ? { id: 1, email: 'lee@example.com', display_name: 'Coach Lee', role: 'coach' as 'runner' | 'coach' }
    : { id: 1, email: 'ana@example.com', display_name: 'Ana', role: (options.role ?? 'runner') as 'runner' | 'coach' };
  const athletes: Array<{ id: number; name: string; owner: boolean }> =
    options.coach ? [{ id: 1, name: 'Ana', owner: false }] : options.hasAthlete ? [{ id: 1, name: 'Ana', owner: true }] : [];

  const reply = (status: number, body?: unknown) => ({
    status,
    contentType: 'application/json',
    body: body === undefined ? '' : JSON.stringify(body),
  });
  const error = (status: number, code: string, message: string, field: string | null = null) =>
    reply(status, { error: { code, message, field } });
  const csrfOk = (req: Request) => req.headers()['x-csrf-token'] === CSRF;

  await page.route('**/api/v1/**', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const path = url.pathname;
    const method = req.method();
    if (state.offline) return route.abort('internetdisconnected');
    state.log.push(`${method} ${path}`);
    const isUpload = path.endsWith('/activities/files');
    const body = !isUpload && req.postData() ? JSON.parse(req.postData()!) : undefined;

    if (method === 'POST' && path === '/api/v1/accounts') {
      if ((options.taken ?? []).includes(body.email)) {
        return route.fulfill(error(409, 'conflict', 'An account with this e-mail already exists.', '$.email'));
      }
      account = { id: 1, email: body.email, display_name: body.display_name, role: body.role };
      state.signedIn = true;
      return route.fulfill(reply(201, { account, csrf_token: CSRF }));
    }
    if (method === 'POST' && path === '/api/v1/session') {
      if (body.password !== 'correct horse battery') return route.fulfill(error(401, 'unauthenticated', 'Wrong e-mail or password.'));
      state.signedIn = true;
      return route.fulfill(reply(200, { account, csrf_token: CSRF }));
    }
    if (!state.signedIn) return route.fulfill(error(401, 'unauthenticated', 'Sign in first.'));
    if (method !== 'GET' && !csrfOk(req)) return route.fulfill(error(403, 'forbidden', 'Missing or wrong CSRF token.'));

    if (method === 'GET' && path === '/api/v1/me') return route.fulfill(reply(200, { account, csrf_token: CSRF }));
    if (method === 'DELETE' && path === '/api/v1/session') { state.signedIn = false; return route.fulfill({ status: 204 }); }
    if (method === 'GET' && path === '/api/v1/athletes') return route.fulfill(reply(200, { athletes }));
    if (method === 'POST' && path === '/api/v1/athletes') {
      state.athletesPosted.push(body);
      const id = athletes.length + 1;
      athletes.push({ id, name: body.name, owner: true });
      return route.fulfill(reply(201, { id, athlete: body }));
    }
    const cal = /^\/api\/v1\/athletes\/(\d+)\/running-calendar$/.exec(path);
    if (method === 'PUT' && cal) {
      state.calendarsPut.push({ id: cal[1]!, body });
      return route.fulfill(reply(200, body));
    }
    const a = /^\/api\/v1\/athletes\/1(\/.*)?$/.exec(path);
    const sub = a ? a[1] ?? '' : null;
    if (sub !== null && athletes.length) {
      if (method === 'GET' && sub === '') return route.fulfill(reply(200, { id: 1, athlete: athleteDoc }));
      if (method === 'PUT' && sub === '') { state.athletesPut.push(body); athleteDoc = body; return route.fulfill(reply(200, { id: 1, athlete: body })); }
      if (method === 'GET' && sub === '/plans/current') return route.fulfill(plan ? reply(200, plan) : error(404, 'not_found', 'No plan yet.'));
      if (method === 'POST' && sub === '/plans') {
        state.plansPosted.push(body);
        plan = fixture('plan-replanned.json');
        return route.fulfill(reply(201, plan));
      }
      if (method === 'GET' && sub === '/assessments') return route.fulfill(reply(200, { assessments: assessments.map((result, i) => ({ id: result.id, date: result.date ?? '2026-12-01', assessment: state.assessmentsPosted[i], result })) }));
      if (method === 'POST' && sub === '/assessments') {
        state.assessmentsPosted.push(body);
        const answer = { id: assessments.length + 1, ...fixture('assessment.json') };
        assessments.push(answer);
        return route.fulfill(reply(201, answer));
      }
      if (method === 'GET' && sub === '/activities') return route.fulfill(reply(200, { activities }));
      if (method === 'POST' && sub === '/activities') {
        state.activitiesPosted.push(body);
        const again = body.client_id && activities.find((x) => x.client_id === body.client_id);
        if (again) return route.fulfill(reply(200, again));
        const stored = listed({ id: nextActivityId++, ...body });
        activities.push(stored);
        return route.fulfill(reply(201, stored));
      }
      const rate = /^\/activities\/(\d+)$/.exec(sub);
      if (method === 'PATCH' && rate) {
        const found = activities.find((x) => x.id === Number(rate[1]));
        if (!found) return route.fulfill(error(404, 'not_found', 'No such activity.'));
        found.rpe = body.rpe;
        return route.fulfill(reply(200, found));
      }
      if (method === 'POST' && sub === '/activities/files') {
        if (req.headers()['content-type'] !== 'application/octet-stream') return route.fulfill(error(415, 'unsupported_media_type', 'Send the file as application/octet-stream.'));
        const bytes = req.postDataBuffer() ?? Buffer.alloc(0);
        const hash = sha(bytes);
        const text = bytes.subarray(0, 200).toString('latin1');
        const format = bytes.subarray(8, 12).toString('latin1') === '.FIT' && bytes.length === 1763 ? 'fit'
          : text.includes('<gpx') ? 'gpx' : text.includes('<TrainingCenterDatabase') ? 'tcx' : null;
        let answer;
        if (seen.has(hash)) answer = error(409, 'conflict', 'This activity is already imported.');
        else if (!format) answer = error(400, 'invalid_input', 'truncated at byte 1000: the FIT header at byte 0 declares 1747 data bytes and a CRC, which end at byte 1763');
        else {
          seen.add(hash);
          const doc = imports.activities.find((x: any) => x.format === format);
          const stored = listed({ id: nextActivityId++, date: doc.start_time.slice(0, 10), sport: 'run', duration_min: doc.timer_s / 60, distance_km: doc.distance_m / 1000 });
          activities.push(stored);
          answer = reply(201, { schema: 'stride.import.v1', activities: [{ ...doc, source: `upload.${format}` }], errors: [], activity_ids: [stored.id] });
        }
        state.uploads.push({ bytes: bytes.length, status: answer.status });
        return route.fulfill(answer);
      }
      if (method === 'GET' && sub === '/pain') return route.fulfill(reply(200, { pain }));
      if (method === 'POST' && sub === '/pain') { state.painPosted.push(body); const p = { client_id: null, ...body }; pain.push(p); return route.fulfill(reply(201, p)); }
      if (method === 'GET' && sub === '/status') return route.fulfill(reply(200, status));
      if (method === 'GET' && sub === '/load') return route.fulfill(reply(200, fixture('load.json')));
      if (method === 'GET' && sub === '/export') return route.fulfill(reply(200, { schema: 'stride.export.v1', athlete: athleteDoc, activities, pain, assessments, plan }));
      if (method === 'GET' && sub === '/coaches') return route.fulfill(reply(200, { coaches: state.coaches }));
      // Notes (docs/http.md "Notes"), as the server answers them for account 1.
      if (method === 'GET' && sub === '/notes') {
        const thread = url.searchParams.get('thread');
        const session = url.searchParams.get('session');
        const shown = state.notes.filter((n) => (thread === 'runner' ? n.session === null
          : session ? n.session !== null && `${n.session.date}/${n.session.index}` === session : true));
        const unread = shown.filter((n) => n.author.id !== account.id && n.id > readThrough).length;
        return route.fulfill(reply(200, { notes: shown.map((n) => ({ ...n, mine: n.author.id === account.id })), unread }));
      }
      if (method === 'POST' && sub === '/notes') {
        state.notesPosted.push(body);
        if (typeof body.text !== 'string' || body.text.trim() === '') return route.fulfill(error(400, 'invalid_input', 'must not be empty', '$.text'));
        const note = { id: Math.max(0, ...state.notes.map((n) => n.id)) + 1, author: { id: account.id, display_name: account.display_name },
          written: '2026-12-07T10:00:00Z', session: body.session ?? null, text: body.text.trim() };
        state.notes.push(note);
        return route.fulfill(reply(201, { ...note, mine: true }));
      }
      if (method === 'POST' && sub === '/notes/read') {
        state.notesRead.push(body.through);
        readThrough = Math.max(readThrough, body.through);
        return route.fulfill({ status: 204 });
      }
      if (sub === '/calendar-feed') {
        const feed = state.calendarFeed;
        if (method === 'GET') return route.fulfill(reply(200, { active: feed.active, created: feed.created }));
        if (method === 'POST') {
          state.calendarFeed = { active: true, created: '2026-12-07T10:00:00Z', made: feed.made + 1 };
          return route.fulfill(reply(201, { url: `http://127.0.0.1:4173/calendar/feed-secret-${feed.made + 1}.ics`, created: '2026-12-07T10:00:00Z' }));
        }
        if (method === 'DELETE') { state.calendarFeed = { active: false, created: null, made: feed.made }; return route.fulfill({ status: 204 }); }
      }
      if (method === 'POST' && sub === '/handover') {
        if (account.role !== 'coach') return route.fulfill(error(403, 'forbidden', 'only a coach account hands an athlete over; this profile is yours'));
        const code = `HAND-OVER-${state.handoverCodes.length + 1}`;
        state.handoverCodes.push(code);
        return route.fulfill(reply(201, { code, expires: '2026-12-14T10:00:00Z' }));
      }
      const coach = /^\/coaches\/(\d+)$/.exec(sub);
      if (method === 'DELETE' && coach) { state.coaches = state.coaches.filter((c) => c.account_id !== Number(coach[1])); return route.fulfill({ status: 204 }); }
    }
    if (method === 'GET' && path === '/api/v1/roster') {
      if (account.role !== 'coach') return route.fulfill(error(403, 'forbidden', 'Only a coach has a roster.'));
      return route.fulfill(reply(200, { athletes: state.roster }));
    }
    if (method === 'GET' && path === '/api/v1/exercises') return route.fulfill(reply(200, fixture('exercises.json')));
    const inv = /^\/api\/v1\/invitations\/([^/]+)\/accept$/.exec(path);
    if (method === 'POST' && inv) {
      if (inv[1] !== 'K7Q-42XZ') return route.fulfill(error(404, 'not_found', 'No such invitation.'));
      state.coaches.push({ account_id: 7, display_name: 'Coach Lee' });
      return route.fulfill(reply(200, { athlete_id: body.athlete_id, coach: { id: 7, display_name: 'Coach Lee' } }));
    }
    // The runner's side of a hand-over (docs/http.md): the code `HAND-OVER-CODE` names athlete 1,
    // made by Coach Lee; a runner whose own profile holds a log is refused with 409 and no field.
    const handover = /^\/api\/v1\/handovers\/([^/]+)\/accept$/.exec(path);
    if (method === 'POST' && handover) {
      if (account.role !== 'runner') return route.fulfill(error(403, 'forbidden', 'only a runner account can accept a coach\'s hand-over'));
      if (handover[1] !== 'HAND-OVER-CODE') return route.fulfill(error(404, 'not_found', 'no such hand-over code', '$.code'));
      if (athletes.some((x) => x.owner) && state.ownAthleteHasLog) return route.fulfill(error(409, 'conflict', 'you have a profile with your own log already'));
      athletes.splice(0, athletes.length, { id: 1, name: 'Ana', owner: true });
      state.coaches.push({ account_id: 7, display_name: 'Coach Lee' });
      return route.fulfill(reply(200, { athlete_id: 1, name: 'Ana', coach: { id: 7, display_name: 'Coach Lee' } }));
    }
    if (method === 'GET' && path === '/api/v1/tokens') return route.fulfill(reply(200, { tokens: state.tokens }));
    if (method === 'POST' && path === '/api/v1/tokens') {
      const t = { id: state.tokens.length + 1, name: body.name, created: '2026-12-07T10:00:00Z', last_used: null };
      state.tokens.push(t);
      return route.fulfill(reply(201, { id: t.id, name: t.name, token: 'stride_pat_0123456789abcdef0123456789abcdef' }));
    }
    const tok = /^\/api\/v1\/tokens\/(\d+)$/.exec(path);
    if (method === 'DELETE' && tok) { state.tokens = state.tokens.filter((t) => t.id !== Number(tok[1])); return route.fulfill({ status: 204 }); }
    if (method === 'DELETE' && path === '/api/v1/me') {
      if (body?.password !== 'correct horse battery') return route.fulfill(error(403, 'forbidden', 'Wrong password.', '$.password'));
      state.deleted = true; state.signedIn = false;
      return route.fulfill({ status: 204 });
    }
    return route.fulfill(error(404, 'not_found', 'No such resource.'));
  });
  return state;
}
