import { z } from 'zod/mini'

/** Small schema pieces that both the content and the result schemas use. */
export const nonEmpty = () => z.string().check(z.minLength(1))
/** A lower-case id with single hyphens, as every id in the content and the files is. */
export const id = () => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))
