import { describe, expect, it } from 'vitest';
import { feedStateText, isCalendarFeedState, isNewCalendarFeed, SUBSCRIBE_HOW_TO, webcalUrl } from './calendarFeed';

describe('calendar feed answers', () => {
  it('reads the state the server answers, on or off', () => {
    expect(isCalendarFeedState({ active: true, created: '2026-11-22T08:00:00Z' })).toBe(true);
    expect(isCalendarFeedState({ active: false, created: null })).toBe(true);
    expect(isCalendarFeedState({ active: true, created: null })).toBe(false);
    expect(isCalendarFeedState({ active: 'yes', created: null })).toBe(false);
    expect(isCalendarFeedState(null)).toBe(false);
  });

  it('takes a new feed only with an absolute http(s) URL of an .ics file', () => {
    const created = '2026-11-22T08:00:00Z';
    expect(isNewCalendarFeed({ url: 'http://127.0.0.1:8080/calendar/abc_DEF-1.ics', created })).toBe(true);
    expect(isNewCalendarFeed({ url: 'https://stride.example.org/coach/calendar/x.ics', created })).toBe(true);
    expect(isNewCalendarFeed({ url: '/calendar/x.ics', created })).toBe(false);
    expect(isNewCalendarFeed({ url: 'javascript:alert(1)//.ics', created })).toBe(false);
    expect(isNewCalendarFeed({ url: 'https://x.org/calendar/x.ics' })).toBe(false);
  });
});

describe('calendar feed words', () => {
  it('turns the URL into a webcal link for Apple Calendar', () => {
    expect(webcalUrl('https://stride.example.org/calendar/x.ics')).toBe('webcal://stride.example.org/calendar/x.ics');
    expect(webcalUrl('http://127.0.0.1:8080/calendar/x.ics')).toBe('webcal://127.0.0.1:8080/calendar/x.ics');
  });

  it('says whether the feed is on and since which day, never the link', () => {
    expect(feedStateText({ active: true, created: '2026-11-22T23:30:00Z' })).toMatch(/^On since 22 Nov 2026\./);
    expect(feedStateText({ active: false, created: null })).toMatch(/^Off/);
  });

  it('tells how to subscribe in Google and Apple calendars in one line', () => {
    expect(SUBSCRIBE_HOW_TO).toContain('Google Calendar');
    expect(SUBSCRIBE_HOW_TO).toContain('Apple Calendar');
    expect(SUBSCRIBE_HOW_TO).not.toContain('\n');
  });
});
