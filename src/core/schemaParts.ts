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
