/**
 * A use case's refusal in a database test: awaits the call (a promise, or a function that may throw
 * at once) and returns the AppError it was refused with; fails the test if it succeeded or threw
 * anything else.
 */
import { expect } from 'vitest';
import { AppError } from '../../src/shared/errors.ts';

export async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const error = await (typeof promise === 'function' ? Promise.resolve().then(promise) : promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
