// Sign-up and sign-in forms: the checks the browser can make before asking the server
// (api.md §3). Errors are keyed by the JSON path the API would name in `field`, so a field error
// from either side lands on the same input.
import { isOneOf, ROLES, type Role } from './enums';

export type FieldErrors = Record<string, string>;

export const MIN_PASSWORD_LENGTH = 10;

export interface SignUpForm {
  role: Role | '';
  email: string;
  password: string;
  displayName: string;
}

export interface SignUpBody {
  email: string;
  password: string;
  display_name: string;
  role: Role;
}

// Deliberately loose: one @, something either side, a dot in the domain. The server decides.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): string | null {
  const e = email.trim();
  if (e === '') return 'Enter your e-mail address.';
  if (!EMAIL.test(e)) return 'Enter an e-mail address like name@example.com.';
  return null;
}

export function validateSignUp(form: SignUpForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!isOneOf(ROLES, form.role)) errors['$.role'] = 'Choose whether you are a runner or a coach.';
  // In the order of the form, so the error summary reads top to bottom.
  if (form.displayName.trim() === '') errors['$.display_name'] = 'Enter the name other people will see.';
  const email = validateEmail(form.email);
  if (email) errors['$.email'] = email;
  if ([...form.password].length < MIN_PASSWORD_LENGTH) {
    errors['$.password'] = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return errors;
}

export function signUpBody(form: SignUpForm): SignUpBody {
  return {
    email: form.email.trim(),
    password: form.password,
    display_name: form.displayName.trim(),
    role: form.role as Role,
  };
}

export interface SignInForm {
  email: string;
  password: string;
}

export function validateSignIn(form: SignInForm): FieldErrors {
  const errors: FieldErrors = {};
  const email = validateEmail(form.email);
  if (email) errors['$.email'] = email;
  if (form.password === '') errors['$.password'] = 'Enter your password.';
  return errors;
}
