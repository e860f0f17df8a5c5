import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { lazySchema } from '@/core/schemaParts'
import { ProfileSchema, ResultFileSchema } from '@/core/model'
import participantFile from '../fixtures/result-participant.json'

describe('lazySchema', () => {
  it('builds the schema on its first use and only once', () => {
    let builds = 0
    const Lazy = lazySchema(() => {
      builds += 1
      return z.object({ name: z.string() })
    })
    expect(builds).toBe(0)
    expect(Lazy.safeParse({ name: 'Ede' }).success).toBe(true)
    expect(Lazy.safeParse({ name: 3 }).success).toBe(false)
    expect(builds).toBe(1)
  })

  it('is built with the schema it is composed into, and checks as part of it', () => {
    let builds = 0
    const Inner = lazySchema(() => {
      builds += 1
      return z.enum(['ja', 'nee'])
    })
    const Outer = lazySchema(() => z.object({ answer: Inner, list: z.array(Inner), maybe: z.optional(Inner) }))
    expect(builds).toBe(0)
    expect(Outer.safeParse({ answer: 'ja', list: ['nee'] }).success).toBe(true)
    expect(Outer.safeParse({ answer: 'ja', list: ['misschien'] }).success).toBe(false)
    expect(Outer.safeParse({ answer: 'ja', list: [], maybe: 'x' }).success).toBe(false)
    expect(builds).toBe(1)
  })

  it("behaves as the built schema for the app's own uses: instanceof, shape, discriminated union", () => {
    expect(ProfileSchema).toBeInstanceOf(z.ZodMiniObject)
    expect(Object.keys(ProfileSchema.shape)).toContain('municipality')
    expect('shape' in ProfileSchema).toBe(true)
    expect(ResultFileSchema.safeParse(participantFile).success).toBe(true)
    expect(ResultFileSchema.safeParse({ ...participantFile, kind: 'onbekend' }).success).toBe(false)
  })
})
