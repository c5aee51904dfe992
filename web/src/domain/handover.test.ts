import { describe, expect, it } from 'vitest';
import { cleanHandoverCode, handoverErrorText, handoverShareText, isAcceptedHandover, isNewHandover } from './handover';

describe('hand-over answers', () => {
  it('takes a new code only with its code and expiry', () => {
    expect(isNewHandover({ code: 'abc_DEF-1', expires: '2026-11-29T00:00:00Z' })).toBe(true);
    expect(isNewHandover({ code: '', expires: '2026-11-29T00:00:00Z' })).toBe(false);
    expect(isNewHandover({ code: 'abc' })).toBe(false);
    expect(isNewHandover(null)).toBe(false);
  });

  it('takes an accepted hand-over only with the athlete and the coach', () => {
    expect(isAcceptedHandover({ athlete_id: 3, name: 'Ana', coach: { id: 7, display_name: 'Cy' } })).toBe(true);
    expect(isAcceptedHandover({ athlete_id: 3, name: 'Ana' })).toBe(false);
    expect(isAcceptedHandover({ athlete_id: '', name: 'Ana', coach: { id: 7, display_name: 'Cy' } })).toBe(false);
  });
});

describe('hand-over words', () => {
  it('drops the spaces and line breaks a pasted code picks up', () => {
    expect(cleanHandoverCode('  abc_DEF\n-123 ')).toBe('abc_DEF-123');
    expect(cleanHandoverCode(' \t ')).toBe('');
  });

  it('tells a runner what each refusal means', () => {
    expect(handoverErrorText({ status: 404, field: '$.code', message: 'no such hand-over code' })).toMatch(/newer one/);
    expect(handoverErrorText({ status: 409, field: '$.code', message: 'used' })).toMatch(/used already or has expired/);
    expect(handoverErrorText({ status: 409, field: null, message: 'profile' })).toMatch(/own log, so it was kept.*Ask your coach for an invitation/s);
    expect(handoverErrorText({ status: 403, field: null, message: 'x' })).toMatch(/runner account/);
    expect(handoverErrorText({ status: 0, field: null, message: 'No connection' })).toBe('No connection');
  });

  it('tells the coach what to do with the code and until which day', () => {
    const text = handoverShareText('Ana', { code: 'c', expires: '2026-11-29T00:00:00Z' });
    expect(text).toMatch(/^Give this code to Ana\./);
    expect(text).toContain('by 2026-11-29');
    expect(text).toMatch(/works once/);
  });
});
