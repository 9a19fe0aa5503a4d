// The part of node:assert/strict that the tests use, for the web worker extension host (no Node built-ins there).
// esbuild.mjs aliases `node:assert/strict` to this file in the web test bundle, so helpers shared with the
// integration suites (test/integration/issuesTreeReader.ts, …) load unchanged.

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
  }
}

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v) => (v instanceof Map ? { Map: [...v] } : v instanceof Set ? { Set: [...v] } : typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text;
  } catch {
    return String(value);
  }
}

function failWith(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

export function fail(message?: string | Error): never {
  return failWith(message, 'Failed');
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) failWith(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) failWith(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
}
export const strictEqual = equal;

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) failWith(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([key, value]) => other.has(key) && isDeepEqual(value, other.get(key)));
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((value) => other.has(value));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected)) failWith(message, `Expected values to be strictly deep-equal:\nactual:   ${show(actual)}\nexpected: ${show(expected)}`, actual, expected);
}
export const deepStrictEqual = deepEqual;

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected)) failWith(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected);
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !pattern.test(value)) failWith(message, `The input did not match the regular expression ${pattern}. Input: ${show(value)}`, value, pattern);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || pattern.test(value)) failWith(message, `The input was expected to not match the regular expression ${pattern}. Input: ${show(value)}`, value, pattern);
}

type Expected = RegExp | (new (...args: never[]) => unknown) | ((error: unknown) => boolean) | Record<string, unknown>;

function checkError(error: unknown, expected: Expected | undefined, message: string | Error | undefined): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (!expected.test(text)) failWith(message, `The error ${show(text)} does not match ${expected}`, error, expected);
  } else if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof (expected as new () => unknown)) return;
    if (expected === Error || expected.prototype instanceof Error) failWith(message, `The error is not an instance of ${expected.name}`, error, expected);
    if ((expected as (e: unknown) => boolean)(error) !== true) failWith(message, 'The validation function did not return true', error, expected);
  } else {
    for (const [key, value] of Object.entries(expected)) {
      const got = (error as Record<string, unknown>)?.[key];
      const same = value instanceof RegExp && typeof got === 'string' ? value.test(got) : isDeepEqual(got, value);
      if (!same) failWith(message, `The error's ${key} is ${show(got)}, expected ${show(value)}`, error, expected);
    }
  }
}

export function throws(fn: () => unknown, expected?: Expected, message?: string | Error): void {
  try {
    fn();
  } catch (error) {
    checkError(error, expected, message);
    return;
  }
  failWith(message, 'Missing expected exception.');
}

export async function rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: Expected, message?: string | Error): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    checkError(error, expected, message);
    return;
  }
  failWith(message, 'Missing expected rejection.');
}

export async function doesNotReject(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    failWith(message, `Got unwanted rejection: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}
