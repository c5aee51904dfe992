// The one way the app talks to `stride serve` (api.md). It:
// - sends `X-CSRF-Token` on every unsafe method (POST, PUT, PATCH, DELETE) once a token is known;
// - answers every call with a `Result`: the value on 2xx, else an `ApiError` parsed from the
//   api.md §2 error document (or made up for a network failure or an unreadable answer);
// - never throws for an HTTP error or a network failure.
import type { AthleteDocument } from '../domain/athlete';
import type { RunningCalendar } from '../domain/calendar';
import type { SignInForm, SignUpBody } from '../domain/account';
import { isCalendarFeedState, isNewCalendarFeed } from '../domain/calendarFeed';
import { isAcceptedHandover, isNewHandover } from '../domain/handover';
import { isOneOf, ROLES, type Role } from '../domain/enums';
import { isNote, isNoteList, noteBody, threadQuery, type NoteThreadScope } from '../domain/notes';
import { isRoster } from '../domain/roster';
import {
  isActivity, isActivityList, isAssessment, isExercises, isImport, isLoad, isNewToken, isPainEntry, isPainList,
  isPlan, isStatus, isTokenList, type Activity, type AssessmentDocument, type AssessmentInput, type CoachSummary,
  type ImportDocument, type PainEntry,
} from '../domain/documents';

export const API_ERROR_CODES = [
  'invalid_input', 'unauthenticated', 'forbidden', 'not_found', 'method_not_allowed', 'conflict',
  'too_large', 'unsupported_media_type', 'rate_limited', 'busy',
] as const;
/** api.md §2 codes, plus ours: `network` (no answer), `bad_response` (an answer we cannot read), `server_error` (a 5xx without a document). */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | 'network' | 'bad_response' | 'server_error';

export interface ApiError {
  /** 0 when no answer arrived. */
  status: number;
  code: ApiErrorCode;
  message: string;
  /** The JSON path the server names (`$.email`), or null. */
  field: string | null;
  /** Seconds, from `Retry-After` on 429 and 503. */
  retryAfter: number | null;
}

/** `version` is the answer's ETag, when it has one (the plan's version: docs/http.md "Versions of the plan"). */
export type Result<T> = { ok: true; status: number; value: T; version?: string } | { ok: false; error: ApiError };

export interface Account {
  id: number | string;
  email: string;
  display_name: string;
  role: Role;
}

export interface SessionAnswer {
  account: Account;
  csrf_token: string;
}

export interface AthleteSummary {
  id: number | string;
  name: string;
  owner: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Validator<T> = (body: unknown) => body is T;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is number | string {
  return typeof x === 'number' || (typeof x === 'string' && x !== '');
}

export function isAccount(x: unknown): x is Account {
  return isObject(x) && isId(x.id) && typeof x.email === 'string' && typeof x.display_name === 'string'
    && isOneOf(ROLES, x.role);
}

export function isSessionAnswer(x: unknown): x is SessionAnswer {
  return isObject(x) && isAccount(x.account) && typeof x.csrf_token === 'string' && x.csrf_token !== '';
}

function isAthleteList(x: unknown): x is { athletes: AthleteSummary[] } {
  return isObject(x) && Array.isArray(x.athletes)
    && x.athletes.every((a) => isObject(a) && isId(a.id) && typeof a.name === 'string' && typeof a.owner === 'boolean');
}

export interface Invitation { code: string; expires: string }

function isInvitation(x: unknown): x is Invitation {
  return isObject(x) && typeof x.code === 'string' && x.code !== '' && typeof x.expires === 'string';
}

function isCreated(x: unknown): x is { id: number | string } {
  return isObject(x) && isId(x.id);
}

/** A change to the current plan (docs/http.md "Plan changes"). */
export interface PlanChangeRequest {
  kind: 'swap' | 'move' | 'skip' | 'add' | 'dose';
  session: { date: string; index: number };
  reason: string;
  to?: string;
  exercise?: string;
  replacement?: string;
  dose?: { sets?: number; reps?: number; hold_s?: number; contacts?: number; load_kg?: number };
}
export interface SwapOption { id: string; name: string; level: number; relation: 'easier' | 'alternative' | 'harder' }
function isSwapOptions(x: unknown): x is { options: SwapOption[] } {
  return typeof x === 'object' && x !== null && Array.isArray((x as { options?: unknown }).options);
}

const anything = (_: unknown): _ is unknown => true;

/** Reads an api.md §2 error document; anything else becomes a generic error for the status. */
export function parseErrorDocument(status: number, body: unknown, retryAfter: number | null): ApiError {
  if (isObject(body) && isObject(body.error)) {
    const e = body.error;
    const code = isOneOf(API_ERROR_CODES, e.code) ? e.code : status >= 500 ? 'server_error' : 'bad_response';
    return {
      status,
      code,
      message: typeof e.message === 'string' && e.message !== '' ? e.message : defaultMessage(status),
      field: typeof e.field === 'string' && e.field !== '' ? e.field : null,
      retryAfter,
    };
  }
  return {
    status,
    code: status >= 500 ? (status === 503 ? 'busy' : 'server_error') : 'bad_response',
    message: defaultMessage(status),
    field: null,
    retryAfter,
  };
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Please sign in.';
  if (status === 403) return 'You may not do that.';
  if (status === 404) return 'Not found.';
  if (status === 429) return 'Too many attempts. Wait a minute and try again.';
  if (status === 503) return 'The server is busy. Try again in a moment.';
  if (status >= 500) return 'Something went wrong on the server. Try again later.';
  return `Unexpected answer from the server (${status}).`;
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export interface ClientOptions {
  /** Prefix for every path; '' for the same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called with every 401, e.g. to send the person to sign-in. */
  onUnauthenticated?: () => void;
}

export type ApiClient = ReturnType<typeof createClient>;

export function createClient(options: ClientOptions = {}) {
  const base = options.baseUrl ?? '';
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;

  async function request<T>(method: string, path: string, body: unknown, valid: Validator<T>,
    extraHeaders: Record<string, string> = {}): Promise<Result<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (UNSAFE.has(method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      return { ok: false, error: { status: 0, code: 'network', message: 'No connection to Stride. Check your network and try again.', field: null, retryAfter: null } };
    }
    let parsed: unknown = null;
    let readable = true;
    if (response.status !== 204) {
      try {
        const text = await response.text();
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        readable = false;
      }
    }
    if (!response.ok) {
      if (response.status === 401) options.onUnauthenticated?.();
      return { ok: false, error: parseErrorDocument(response.status, readable ? parsed : null, parseRetryAfter(response.headers.get('Retry-After'))) };
    }
    if (!readable || !valid(parsed)) {
      return { ok: false, error: { status: response.status, code: 'bad_response', message: 'The server sent an answer Stride cannot read.', field: null, retryAfter: null } };
    }
    const version = response.headers.get('ETag');
    return version ? { ok: true, status: response.status, value: parsed, version } : { ok: true, status: response.status, value: parsed };
  }

  function remember(result: Result<SessionAnswer>): Result<SessionAnswer> {
    if (result.ok) csrfToken = result.value.csrf_token;
    return result;
  }

  const noBody = (x: unknown): x is null => x === null;

  return {
    /** For tests and for restoring a known session. */
    setCsrfToken(token: string | null) { csrfToken = token; },
    get csrfToken() { return csrfToken; },
    request,

    async signUp(body: SignUpBody) {
      return remember(await request('POST', '/api/v1/accounts', body, isSessionAnswer));
    },
    async signIn(form: SignInForm) {
      return remember(await request('POST', '/api/v1/session', { email: form.email.trim(), password: form.password }, isSessionAnswer));
    },
    async signOut(): Promise<Result<null>> {
      const result = await request('DELETE', '/api/v1/session', undefined, noBody);
      // Whatever the server said, this tab forgets the session.
      csrfToken = null;
      return result;
    },
    async me() {
      return remember(await request('GET', '/api/v1/me', undefined, isSessionAnswer));
    },
    listAthletes() {
      return request('GET', '/api/v1/athletes', undefined, isAthleteList);
    },
    createAthlete(athlete: AthleteDocument) {
      return request('POST', '/api/v1/athletes', athlete, isCreated);
    },
    putRunningCalendar(athleteId: number | string, calendar: RunningCalendar) {
      return request('PUT', `${athletePath(athleteId)}/running-calendar`, calendar, anything);
    },
    getRunningCalendar(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/running-calendar`, undefined, isObjectAnswer);
    },
    /** The server answers `{"id", "athlete": document}`; the pages get the document with its `id`. */
    async getAthlete(athleteId: Id): Promise<Result<AthleteDocument & { id?: Id }>> {
      const r = await request('GET', athletePath(athleteId), undefined, isAthleteAnswer);
      return r.ok ? { ...r, value: { ...r.value.athlete, id: r.value.id } } : r;
    },
    /** With `version` (the ETag of the profile read), a profile saved meanwhile by someone else is refused with 409. */
    putAthlete(athleteId: Id, athlete: AthleteDocument, version?: string) {
      return request('PUT', athletePath(athleteId), athlete, anything, version ? { 'If-Match': version } : {});
    },
    postAssessment(athleteId: Id, body: AssessmentInput) {
      return request('POST', `${athletePath(athleteId)}/assessments`, body, isAssessment);
    },
    /** Each stored assessment's `stride.assessment.v1` result (its `result` member), oldest first. */
    async listAssessments(athleteId: Id): Promise<Result<{ assessments: AssessmentDocument[] }>> {
      const r = await request('GET', `${athletePath(athleteId)}/assessments`, undefined, isAssessmentList);
      return r.ok ? { ...r, value: { assessments: r.value.assessments.map((a) => a.result) } } : r;
    },
    createPlan(athleteId: Id, start?: string) {
      return request('POST', `${athletePath(athleteId)}/plans`, start ? { start } : {}, isPlan);
    },
    /** docs/http.md "Plan changes": swap, move, skip, add or dose; refused with the rule in words. */
    /** With `planVersion` (the ETag of the plan read), a plan changed meanwhile is refused with 409. */
    changePlan(athleteId: Id, change: PlanChangeRequest, planVersion?: string) {
      return request('POST', `${athletePath(athleteId)}/plans/current/changes`, change, anything,
        planVersion ? { 'If-Match': planVersion } : {});
    },
    /** The exercises an item of a session may be swapped for, easier ones first. */
    swapOptions(athleteId: Id, date: string, index: number, exercise: string) {
      const q = new URLSearchParams({ exercise });
      return request('GET', `${athletePath(athleteId)}/plans/current/sessions/${date}/${index}/swaps?${q.toString()}`,
        undefined, isSwapOptions);
    },
    currentPlan(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/plans/current`, undefined, isPlan);
    },
    postActivity(athleteId: Id, activity: Activity) {
      return request('POST', `${athletePath(athleteId)}/activities`, activity, isActivity);
    },
    listActivities(athleteId: Id, from?: string, to?: string) {
      const q = new URLSearchParams();
      if (from) q.set('from', from);
      if (to) q.set('to', to);
      const qs = q.toString();
      return request('GET', `${athletePath(athleteId)}/activities${qs ? `?${qs}` : ''}`, undefined, isActivityList);
    },
    /** Not in api.md: PATCH one activity's RPE (the CLI's `log rate`), answered with the activity. */
    rateActivity(athleteId: Id, activityId: Id, rpe: number) {
      return request('PATCH', `${athletePath(athleteId)}/activities/${encodeURIComponent(String(activityId))}`, { rpe }, isActivity);
    },
    postPain(athleteId: Id, entry: PainEntry) {
      return request('POST', `${athletePath(athleteId)}/pain`, entry, isPainEntry);
    },
    listPain(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/pain`, undefined, isPainList);
    },
    status(athleteId: Id, date?: string) {
      return request('GET', `${athletePath(athleteId)}/status${date ? `?date=${encodeURIComponent(date)}` : ''}`, undefined, isStatus);
    },
    load(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/load`, undefined, isLoad);
    },
    exercises() {
      return request('GET', '/api/v1/exercises', undefined, isExercises);
    },
    exportAthlete(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/export`, undefined, isObjectAnswer);
    },
    /** A coach's runners (api.md §4 and docs/http.md): one entry each, with why to look now. */
    roster() {
      return request('GET', '/api/v1/roster', undefined, isRoster);
    },
    /** One thread of the athlete's notes (docs/http.md "Notes"), with how many the caller has not read. */
    listNotes(athleteId: Id, scope: NoteThreadScope) {
      return request('GET', `${athletePath(athleteId)}/notes${threadQuery(scope)}`, undefined, isNoteList);
    },
    /** Writes a note to the thread; the text is sent trimmed. */
    postNote(athleteId: Id, scope: NoteThreadScope, text: string) {
      return request('POST', `${athletePath(athleteId)}/notes`, noteBody(scope, text), isNote);
    },
    /** The caller has read the athlete's notes up to and including `through`. */
    markNotesRead(athleteId: Id, through: number) {
      return request('POST', `${athletePath(athleteId)}/notes/read`, { through }, noBody);
    },
    /** A coach's single-use invitation code, valid 7 days. */
    createInvitation() {
      return request('POST', '/api/v1/invitations', {}, isInvitation);
    },
    acceptInvitation(code: string, athleteId: Id) {
      return request('POST', `/api/v1/invitations/${encodeURIComponent(code)}/accept`, { athlete_id: athleteId }, anything);
    },
    /** The owning coach's single-use code handing the athlete over to the runner's own account, valid 7 days; replaces an earlier code. */
    createHandover(athleteId: Id) {
      return request('POST', `${athletePath(athleteId)}/handover`, {}, isNewHandover);
    },
    /** The runner takes over the profile a coach made; the coach keeps coaching it. */
    acceptHandover(code: string) {
      return request('POST', `/api/v1/handovers/${encodeURIComponent(code)}/accept`, {}, isAcceptedHandover);
    },
    listCoaches(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/coaches`, undefined, isCoachList);
    },
    revokeCoach(athleteId: Id, accountId: Id) {
      return request('DELETE', `${athletePath(athleteId)}/coaches/${encodeURIComponent(String(accountId))}`, undefined, noBody);
    },
    /** Whether the athlete's calendar feed is on (owner only; never its URL). */
    calendarFeed(athleteId: Id) {
      return request('GET', `${athletePath(athleteId)}/calendar-feed`, undefined, isCalendarFeedState);
    },
    /** A new feed URL, shown once; the old URL (if any) stops working. */
    createCalendarFeed(athleteId: Id) {
      return request('POST', `${athletePath(athleteId)}/calendar-feed`, {}, isNewCalendarFeed);
    },
    deleteCalendarFeed(athleteId: Id) {
      return request('DELETE', `${athletePath(athleteId)}/calendar-feed`, undefined, noBody);
    },
    listTokens() {
      return request('GET', '/api/v1/tokens', undefined, isTokenList);
    },
    createToken(name: string) {
      return request('POST', '/api/v1/tokens', { name }, isNewToken);
    },
    deleteToken(id: Id) {
      return request('DELETE', `/api/v1/tokens/${encodeURIComponent(String(id))}`, undefined, noBody);
    },
    async deleteMe(password: string): Promise<Result<null>> {
      const result = await request('DELETE', '/api/v1/me', { password }, noBody);
      if (result.ok) csrfToken = null;
      return result;
    },
    /**
     * One activity file as the raw body (api.md §4), with upload progress. XMLHttpRequest, not
     * fetch: only it reports upload progress. The answer is read like every other.
     */
    async uploadActivityFile(athleteId: Id, file: Blob, onProgress: (loaded: number, total: number) => void): Promise<Result<ImportDocument>> {
      // The bytes are read first (files are at most 32 MiB), so what is sent is exactly the file.
      let bytes: ArrayBuffer;
      try { bytes = await file.arrayBuffer(); } catch {
        return { ok: false, error: { status: 0, code: 'bad_response', message: 'This file could not be read on this device.', field: null, retryAfter: null } };
      }
      return new Promise((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `${base}${athletePath(athleteId)}/activities/files`);
        xhr.setRequestHeader('Content-Type', 'application/octet-stream');
        xhr.setRequestHeader('Accept', 'application/json');
        if (csrfToken !== null) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
        xhr.withCredentials = false;
        xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
        xhr.onerror = () => resolve({ ok: false, error: { status: 0, code: 'network', message: 'No connection to Stride. Check your network and try again.', field: null, retryAfter: null } });
        xhr.onload = () => {
          let parsed: unknown = null;
          let readable = true;
          try { parsed = xhr.responseText === '' ? null : JSON.parse(xhr.responseText); } catch { readable = false; }
          if (xhr.status < 200 || xhr.status >= 300) {
            if (xhr.status === 401) options.onUnauthenticated?.();
            resolve({ ok: false, error: parseErrorDocument(xhr.status, readable ? parsed : null, parseRetryAfter(xhr.getResponseHeader('Retry-After'))) });
          } else if (!readable || !isImport(parsed)) {
            resolve({ ok: false, error: { status: xhr.status, code: 'bad_response', message: 'The server sent an answer Stride cannot read.', field: null, retryAfter: null } });
          } else {
            resolve({ ok: true, status: xhr.status, value: parsed });
          }
        };
        xhr.send(bytes);
      });
    },
  };
}

type Id = number | string;
function athletePath(id: Id): string {
  return `/api/v1/athletes/${encodeURIComponent(String(id))}`;
}
function isObjectAnswer(x: unknown): x is Record<string, unknown> { return isObject(x); }
function isAthleteAnswer(x: unknown): x is { id: Id; athlete: AthleteDocument } {
  if (!isObject(x) || !isId(x.id) || !isObject(x.athlete)) return false;
  const a = x.athlete;
  return typeof a.name === 'string' && isObject(a.running) && typeof a.strength_experience === 'string';
}
interface StoredAssessment { id: Id; date: string; assessment: Record<string, unknown>; result: AssessmentDocument }
function isAssessmentList(x: unknown): x is { assessments: StoredAssessment[] } {
  return isObject(x) && Array.isArray(x.assessments)
    && x.assessments.every((a) => isObject(a) && isId(a.id) && typeof a.date === 'string' && isObject(a.assessment) && isAssessment(a.result));
}
function isCoachList(x: unknown): x is { coaches: CoachSummary[] } {
  return isObject(x) && Array.isArray(x.coaches)
    && x.coaches.every((c) => isObject(c) && isId(c.account_id) && typeof c.display_name === 'string');
}
