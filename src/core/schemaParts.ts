import { z } from 'zod/mini'

/*
 * Small schema pieces that both the content and the result schemas use. Marked free of side effects,
 * so that the schemas only the tests use (the content's) leave no calls behind in the app's bundle.
 */
/* @__NO_SIDE_EFFECTS__ */
export function nonEmpty() {
  return z.string().check(z.minLength(1))
}
/** A lower-case id with single hyphens, as every id in the content and the files is. */
/* @__NO_SIDE_EFFECTS__ */
export function id() {
  return z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))
}

/**
 * A schema that is built when it is first used, not when its module is evaluated. The result-file
 * schemas sit on the first route (a stored scan is checked with them on resume), but a first visit
 * with nothing stored never parses anything. Built up front, zod took some 28 ms of a 4× CPU
 * profile of the first question; built on first use, 10 ms (issue #27). Every use goes through the
 * built schema (zod's methods are closures over their own schema, so `this` does not matter);
 * composing one into another builds it when the outer one is built.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined
  const schema = (): T => (built ??= build())
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  })
}
