import { expect } from 'vitest';
import { InputError } from '../sim/params/issues';

/** The InputError `fn` throws; fails the test if it returns or throws anything else. */
export function inputErrorOf(fn: () => unknown): InputError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) expect.fail('expected an InputError, but nothing was thrown');
  expect(thrown).toBeInstanceOf(InputError);
  return thrown as InputError;
}
