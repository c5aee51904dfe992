// An in-memory stand-in for `stride serve`'s API (api.md), installed with page.route. It keeps
// what the page sent, answers api.md's documents and errors, and checks the CSRF header the way
// the server does.
import type { Page, Request } from '@playwright/test';

export interface MockApi {
  /** Bodies of POST /api/v1/athletes, in order. */
  athletesPosted: unknown[];
  /** Bodies of PUT /api/v1/athletes/{id}/running-calendar, in order. */
  calendarsPut: Array<{ id: string; body: unknown }>;
  /** Every request's method and path. */
  log: string[];
  signedIn: boolean;
}

const CSRF = 'csrf-test-token-1234567890';

export interface MockOptions {
  signedIn?: boolean;
  /** E-mails already registered: sign-up answers 409 on `$.email`. */
  taken?: string[];
  /** Whether the signed-in account already has its athlete. */
  hasAthlete?: boolean;
}

export async function mockApi(page: Page, options: MockOptions = {}): Promise<MockApi> {
  const state: MockApi = { athletesPosted: [], calendarsPut: [], log: [], signedIn: options.signedIn ?? false };
  let account = { id: 1, email: 'ana@example.com', display_name: 'Ana', role: 'runner' as 'runner' | 'coach' };
  const athletes: Array<{ id: number; name: string; owner: boolean }> =
    options.hasAthlete ? [{ id: 1, name: 'Ana', owner: true }] : [];

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
    const path = new URL(req.url()).pathname;
    const method = req.method();
    state.log.push(`${method} ${path}`);
    const body = req.postData() ? JSON.parse(req.postData()!) : undefined;

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
      return route.fulfill(reply(201, { id, ...body }));
    }
    const cal = /^\/api\/v1\/athletes\/(\d+)\/running-calendar$/.exec(path);
    if (method === 'PUT' && cal) {
      state.calendarsPut.push({ id: cal[1]!, body });
      return route.fulfill(reply(200, body));
    }
    return route.fulfill(error(404, 'not_found', 'No such resource.'));
  });
  return state;
}
