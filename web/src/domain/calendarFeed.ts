// The calendar subscription (api.md §4, docs/http.md "The calendar feed"): what the server answers
// about an athlete's feed, and the words Settings shows. Pure: no fetch, no DOM, no clock.

/** GET /athletes/{id}/calendar-feed: whether a feed is on, and since when (ISO 8601 UTC). Never the URL. */
export interface CalendarFeedState { active: boolean; created: string | null }

/** POST /athletes/{id}/calendar-feed: the feed's URL, shown this once, and when it was made. */
export interface NewCalendarFeed { url: string; created: string }

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isCalendarFeedState(x: unknown): x is CalendarFeedState {
  return isObject(x) && typeof x.active === 'boolean'
    && (x.active ? typeof x.created === 'string' : x.created === null);
}

/** True for an answer whose `url` is an absolute http(s) URL of a `.ics` file. */
export function isNewCalendarFeed(x: unknown): x is NewCalendarFeed {
  if (!isObject(x) || typeof x.url !== 'string' || typeof x.created !== 'string') return false;
  return /^https?:\/\/[^\s/]+\/\S*\.ics$/.test(x.url);
}

/**
 * The same feed as a `webcal://` link, which Apple Calendar (and other apps that register the
 * scheme) open as "subscribe"; the app then fetches it over https or http as the URL said.
 */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/** One line on the feed's state: "On since 22 Nov 2026." or "Off." (dates shown in UTC). */
export function feedStateText(state: CalendarFeedState): string {
  if (!state.active || state.created === null) return 'Off: no calendar app can read your plan.';
  return `On since ${dayText(state.created)}. The link was shown once; replace it to see a new one.`;
}

/** The one-line how-to shown with a new link. */
export const SUBSCRIBE_HOW_TO =
  'Google Calendar: Other calendars, +, From URL, then paste the link. Apple Calendar: File, New Calendar Subscription (or open the webcal link on an iPhone).';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayText(instant: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(instant);
  if (!m) return instant;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
