// Handing a runner's profile a coach made over to the runner's own account (api.md §4, docs/http.md
// "Hand-over"): the answers the server gives and the words the coach's and runner's pages show.
// Pure: no fetch, no DOM, no clock.

/** POST /athletes/{id}/handover: the single-use code, shown this once, and when it stops working (ISO 8601 UTC). */
export interface NewHandover { code: string; expires: string }

/** POST /handovers/{code}/accept: the profile the runner now owns, and the coach who keeps coaching it. */
export interface AcceptedHandover {
  athlete_id: number | string;
  name: string;
  coach: { id: number | string; display_name: string };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is number | string {
  return typeof x === 'number' || (typeof x === 'string' && x !== '');
}

export function isNewHandover(x: unknown): x is NewHandover {
  return isObject(x) && typeof x.code === 'string' && x.code !== '' && typeof x.expires === 'string';
}

export function isAcceptedHandover(x: unknown): x is AcceptedHandover {
  return isObject(x) && isId(x.athlete_id) && typeof x.name === 'string'
    && isObject(x.coach) && isId(x.coach.id) && typeof x.coach.display_name === 'string';
}

/**
 * The code as typed or pasted, without the spaces and line breaks a message or a copy adds. Codes
 * are base64url text, which has no spaces of its own. Empty when nothing is left.
 */
export function cleanHandoverCode(typed: string): string {
  return typed.replace(/\s+/g, '');
}

/** What went wrong, in the runner's words, from the status and field of the server's error. */
export function handoverErrorText(error: { status: number; field: string | null; message: string }): string {
  if (error.status === 404) return 'That code is unknown, or your coach made a newer one. Ask your coach for the latest code.';
  if (error.status === 409 && error.field === '$.code') return 'That code was used already or has expired. Ask your coach for a new one.';
  if (error.status === 409) {
    return 'You already have a profile with your own log, so it was kept and the code was not used. '
      + 'Ask your coach for an invitation instead: it lets them coach this profile.';
  }
  if (error.status === 403) return 'Only a runner account can take over a profile a coach made.';
  return error.message;
}

/** The line the coach shows with a new code: what to do with it and until when (the day in UTC). */
export function handoverShareText(runnerName: string, handover: NewHandover): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(handover.expires)?.[0] ?? handover.expires;
  return `Give this code to ${runnerName}. They sign up as a runner and enter it (in onboarding, or in Settings under Coaches) `
    + `by ${day}; it works once. They then own the profile, its plan and log, and you keep coaching them until they revoke you.`;
}
