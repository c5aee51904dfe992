import { describe, expect, it } from 'vitest';
import { signUpBody, validateSignIn, validateSignUp } from './account';

describe('sign-up form', () => {
  const ok = { role: 'runner' as const, email: ' ana@example.com ', password: '0123456789', displayName: ' Ana ' };
  it('accepts a complete form and builds the api.md body', () => {
    expect(validateSignUp(ok)).toEqual({});
    expect(signUpBody(ok)).toEqual({ email: 'ana@example.com', password: '0123456789', display_name: 'Ana', role: 'runner' });
  });
  it('names each problem by its API field', () => {
    expect(validateSignUp({ role: '', email: 'ana', password: '123456789', displayName: '' })).toEqual({
      '$.role': 'Choose whether you are a runner or a coach.',
      '$.email': 'Enter an e-mail address like name@example.com.',
      '$.password': 'Use at least 10 characters.',
      '$.display_name': 'Enter the name other people will see.',
    });
  });
  it('counts characters, not UTF-16 units, for the password length', () => {
    expect(validateSignUp({ ...ok, password: '🏃🏃🏃🏃🏃' })['$.password']).toBeDefined();
  });
});

describe('sign-in form', () => {
  it('needs an e-mail and a password', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      '$.email': 'Enter your e-mail address.', '$.password': 'Enter your password.',
    });
  });
});
