import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createClient, parseErrorDocument } from './client';

interface Call { url: string; init: RequestInit }

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const account = { id: 7, email: 'ana@example.com', display_name: 'Ana', role: 'runner' };
const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe('api client: CSRF', () => {
  it('sends X-CSRF-Token on POST, PUT and DELETE, and not on GET', async () => {
    const { fetch, calls } = fakeFetch((c) => {
      if (c.url.endsWith('/session') && c.init.method === 'DELETE') return new Response(null, { status: 204 });
      if (c.url.endsWith('/api/v1/me')) return json(200, { account, csrf_token: 'tok-1' });
      if (c.init.method === 'POST') return json(201, { id: 3 });
      if (c.init.method === 'PUT') return json(200, {});
      return json(200, { athletes: [] });
    });
    const client = createClient({ fetch });
    expect((await client.me()).ok).toBe(true);
    await client.listAthletes();
    await client.createAthlete({} as never);
    await client.putRunningCalendar(3, { weekly_template: {} as never, runs: [] });
    await client.signOut();

    const [me, list, post, put, del] = calls;
    expect(header(me!, 'X-CSRF-Token')).toBeUndefined();
    expect(header(list!, 'X-CSRF-Token')).toBeUndefined();
    expect(post!.init.method).toBe('POST');
    expect(header(post!, 'X-CSRF-Token')).toBe('tok-1');
    expect(put!.init.method).toBe('PUT');
    expect(put!.url).toBe('/api/v1/athletes/3/running-calendar');
    expect(header(put!, 'X-CSRF-Token')).toBe('tok-1');
    expect(del!.init.method).toBe('DELETE');
    expect(header(del!, 'X-CSRF-Token')).toBe('tok-1');
    expect(client.csrfToken).toBeNull(); // forgotten after sign-out
  });

  it('takes the token from sign-up and sends JSON', async () => {
    const { fetch, calls } = fakeFetch((c) => c.url.endsWith('/accounts')
      ? json(201, { account, csrf_token: 'tok-2' }) : json(201, { id: 1 }));
    const client = createClient({ fetch, baseUrl: 'http://127.0.0.1:8080' });
    const r = await client.signUp({ email: 'ana@example.com', password: '0123456789', display_name: 'Ana', role: 'runner' });
    expect(r).toEqual({ ok: true, status: 201, value: { account, csrf_token: 'tok-2' } });
    expect(calls[0]!.url).toBe('http://127.0.0.1:8080/api/v1/accounts');
    expect(header(calls[0]!, 'X-CSRF-Token')).toBeUndefined(); // none known yet; sign-up needs none
    expect(header(calls[0]!, 'Content-Type')).toBe('application/json');
    expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({ role: 'runner', display_name: 'Ana' });
    await client.createAthlete({ name: 'Ana' } as never);
    expect(header(calls[1]!, 'X-CSRF-Token')).toBe('tok-2');
  });
});

describe('api client: errors as a Result', () => {
  it('parses an api.md §2 error document with its field', async () => {
    const { fetch } = fakeFetch(() => json(400, { error: { code: 'invalid_input', message: '2025-01-01 is before the plan start', field: '$.goal.race_date' } }));
    const r = await createClient({ fetch }).createAthlete({} as never);
    expect(r).toEqual({ ok: false, error: { status: 400, code: 'invalid_input', message: '2025-01-01 is before the plan start', field: '$.goal.race_date', retryAfter: null } });
  });

  it('reads conflict, rate limits with Retry-After, and calls back on 401', async () => {
    const onUnauthenticated = vi.fn();
    const answers = [
      json(409, { error: { code: 'conflict', message: 'That e-mail is already registered.', field: '$.email' } }),
      json(429, { error: { code: 'rate_limited', message: 'Too many failed sign-ins.', field: null } }, { 'Retry-After': '42' }),
      json(401, { error: { code: 'unauthenticated', message: 'Sign in first.', field: null } }),
    ];
    const { fetch } = fakeFetch(() => answers.shift()!);
    const client = createClient({ fetch, onUnauthenticated });
    const conflict = await client.signUp({ email: 'a@b.co', password: '0123456789', display_name: 'A', role: 'coach' });
    expect(!conflict.ok && conflict.error).toMatchObject({ status: 409, code: 'conflict', field: '$.email' });
    const limited = await client.signIn({ email: 'a@b.co', password: 'x' });
    expect(!limited.ok && limited.error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 42 });
    const me = await client.me();
    expect(!me.ok && me.error.code).toBe('unauthenticated');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(client.csrfToken).toBeNull();
  });

  it('turns a non-JSON 5xx into server_error without throwing', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const r = await createClient({ fetch }).listAthletes();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ status: 502, code: 'server_error', field: null });
  });

  it('reports a network failure as a Result', async () => {
    const fetch = vi.fn(async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof globalThis.fetch;
    const r = await createClient({ fetch }).me();
    expect(r).toEqual({ ok: false, error: { status: 0, code: 'network', message: expect.stringMatching(/connection/), field: null, retryAfter: null } });
  });

  it('rejects a 2xx answer of the wrong shape as bad_response', async () => {
    const { fetch } = fakeFetch(() => json(200, { account: { id: 1 }, csrf_token: '' }));
    const r = await createClient({ fetch }).me();
    expect(!r.ok && r.error.code).toBe('bad_response');
  });

  it('maps unknown codes and bodies sensibly', () => {
    expect(parseErrorDocument(418, { error: { code: 'teapot', message: '' } }, null))
      .toEqual({ status: 418, code: 'bad_response', message: 'Unexpected answer from the server (418).', field: null, retryAfter: null });
    expect(parseErrorDocument(503, null, 5)).toMatchObject({ code: 'busy', retryAfter: 5 });
  });
});

describe('api client: the calls of pages 3–8', () => {
  it('deletes the account with the password in the body and the CSRF header, then forgets the token', async () => {
    const { fetch, calls } = fakeFetch((c) => (c.url.endsWith('/me') && c.init.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { account, csrf_token: 'tok-9' })));
    const client = createClient({ fetch });
    await client.me();
    const r = await client.deleteMe('correct horse battery');
    expect(r.ok).toBe(true);
    expect(calls[1]!.init.method).toBe('DELETE');
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ password: 'correct horse battery' });
    expect(header(calls[1]!, 'X-CSRF-Token')).toBe('tok-9');
    expect(client.csrfToken).toBeNull();
  });
  it('keeps the token when the password is wrong', async () => {
    const { fetch } = fakeFetch((c) => (c.init.method === 'DELETE' ? json(403, { error: { code: 'forbidden', message: 'Wrong password.', field: '$.password' } }) : json(200, { account, csrf_token: 'tok-9' })));
    const client = createClient({ fetch });
    await client.me();
    const r = await client.deleteMe('nope');
    expect(r.ok ? null : r.error).toMatchObject({ status: 403, code: 'forbidden', field: '$.password' });
    expect(client.csrfToken).toBe('tok-9');
  });
  it('builds the paths and queries, and refuses an answer of the wrong document', async () => {
    const { fetch, calls } = fakeFetch((c) => (c.url.includes('/plans/current') ? json(200, { schema: 'stride.load.v1' }) : json(200, { activities: [] })));
    const client = createClient({ fetch });
    await client.listActivities('a/1', '2026-11-01', '2026-11-30');
    expect(calls[0]!.url).toBe('/api/v1/athletes/a%2F1/activities?from=2026-11-01&to=2026-11-30');
    const plan = await client.currentPlan(1);
    expect(plan.ok ? null : plan.error.code).toBe('bad_response');
    await client.acceptInvitation('K7Q 42', 1);
    expect(calls[2]!.url).toBe('/api/v1/invitations/K7Q%2042/accept');
    expect(JSON.parse(String(calls[2]!.init.body))).toEqual({ athlete_id: 1 });
    await client.createHandover('a/1');
    expect(calls[3]!.url).toBe('/api/v1/athletes/a%2F1/handover');
    expect(calls[3]!.init.method).toBe('POST');
    await client.acceptHandover('K7Q/42');
    expect(calls[4]!.url).toBe('/api/v1/handovers/K7Q%2F42/accept');
  });

  it('makes, reads and turns off the calendar feed with the CSRF header on the writes', async () => {
    const url = 'http://127.0.0.1:8080/calendar/s3cr3t.ics';
    const { fetch, calls } = fakeFetch((c) => {
      if (c.url.endsWith('/me')) return json(200, { account, csrf_token: 'tok-9' });
      if (c.init.method === 'POST') return json(201, { url, created: '2026-11-22T08:00:00Z' });
      if (c.init.method === 'DELETE') return new Response(null, { status: 204 });
      return json(200, { active: true, created: '2026-11-22T08:00:00Z' });
    });
    const client = createClient({ fetch });
    await client.me();
    const made = await client.createCalendarFeed(3);
    expect(made.ok ? made.value.url : null).toBe(url);
    expect(calls[1]!.url).toBe('/api/v1/athletes/3/calendar-feed');
    expect(header(calls[1]!, 'X-CSRF-Token')).toBe('tok-9');
    const state = await client.calendarFeed(3);
    expect(state.ok ? state.value : null).toEqual({ active: true, created: '2026-11-22T08:00:00Z' });
    expect((await client.deleteCalendarFeed(3)).ok).toBe(true);
    expect(calls[3]!.init.method).toBe('DELETE');
    expect(header(calls[3]!, 'X-CSRF-Token')).toBe('tok-9');
  });

  it('reads the server\'s {id, athlete} and each stored assessment\'s result', async () => {
    const athlete = { name: 'Ana', running: { weekly_km: 30 }, strength_experience: 'none' };
    const result = { id: 2, schema: 'stride.assessment.v1' };
    const { fetch } = fakeFetch((c) => c.url.endsWith('/assessments')
      ? json(200, { assessments: [{ id: 2, date: '2026-12-01', assessment: { date: '2026-12-01' }, result }] })
      : json(200, { id: 1, athlete }));
    const client = createClient({ fetch });
    const got = await client.getAthlete(1);
    expect(got.ok && got.value).toEqual({ ...athlete, id: 1 });
    const bare = createClient({ fetch: fakeFetch(() => json(200, athlete)).fetch });
    expect((await bare.getAthlete(1)).ok).toBe(false);
    const listed = await client.listAssessments(1);
    expect(listed.ok).toBe(false); // the result is checked as a stride.assessment.v1 document
  });
});

describe('api client: the plan version', () => {
  it('gives the ETag of an answer as its version and sends it back as If-Match with a change', async () => {
    const { fetch, calls } = fakeFetch((c) => c.init.method === 'POST'
      ? json(409, { error: { code: 'conflict', message: 'the plan changed since it was read', field: null }, current: { plan_id: 13 } }, { ETag: '"plan-13"' })
      : json(200, JSON.parse(readFileSync(new URL('../../e2e/fixtures/plan.json', import.meta.url), 'utf8')), { ETag: '"plan-12"' }));
    const client = createClient({ fetch });
    const read = await client.currentPlan(4);
    expect(read.ok && read.version).toBe('"plan-12"');
    const change = { kind: 'skip' as const, session: { date: '2026-12-02', index: 0 }, reason: 'travelling' };
    const refused = await client.changePlan(4, change, '"plan-12"');
    expect(header(calls[1]!, 'If-Match')).toBe('"plan-12"');
    expect(!refused.ok && refused.error.status).toBe(409);
    await client.changePlan(4, change);
    expect(header(calls[2]!, 'If-Match')).toBeUndefined();
  });
});
