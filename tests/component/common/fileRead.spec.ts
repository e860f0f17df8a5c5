import { describe, expect, it } from 'vitest'
import { useFileRead } from '@/composables/useFileRead'

/** A file whose stream hands out `chunks` one by one, to test what happens across chunk edges. */
function chunkedFile(name: string, chunks: Uint8Array<ArrayBuffer>[]): File {
  const file = new File(chunks, name)
  Object.defineProperty(file, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk)
          controller.close()
        },
      }),
  })
  return file
}

describe('useFileRead', () => {
  const { readFiles } = useFileRead()

  it('reads each file as UTF-8 text, in the order given', async () => {
    const files = [new File(['{"a":1}'], 'een.json'), new File(['Ĳsselstein – café'], 'twee.json')]
    expect(await readFiles(files)).toEqual([
      { name: 'een.json', text: '{"a":1}', tooLarge: false },
      { name: 'twee.json', text: 'Ĳsselstein – café', tooLarge: false },
    ])
  })

  it('joins a character split over two chunks, and drops a byte-order mark as file.text() does', async () => {
    const bytes = new TextEncoder().encode('\uFEFFcafé')
    const splitInsideE = bytes.length - 1
    const [read] = await readFiles([chunkedFile('bom.json', [bytes.slice(0, splitInsideE), bytes.slice(splitInsideE)])])
    expect(read).toEqual({ name: 'bom.json', text: 'café', tooLarge: false })
  })

  it('stops at the limit: a file one byte over it is too large and has no text', async () => {
    const files = [new File(['x'.repeat(10)], 'precies.json'), new File(['x'.repeat(11)], 'te-groot.json')]
    expect(await readFiles(files, 10)).toEqual([
      { name: 'precies.json', text: 'x'.repeat(10), tooLarge: false },
      { name: 'te-groot.json', text: null, tooLarge: true },
    ])
  })

  it('does not read on past the limit: the stream is cancelled after the chunk that crossed it', async () => {
    let pulled = 0
    let cancelled = false
    const file = new File(['ignored'], 'enorm.json')
    Object.defineProperty(file, 'stream', {
      value: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += 1
            controller.enqueue(new Uint8Array(1000))
          },
          cancel() {
            cancelled = true
          },
        }),
    })
    const [read] = await readFiles([file], 2500)
    expect(read).toEqual({ name: 'enorm.json', text: null, tooLarge: true })
    expect(cancelled).toBe(true)
    // Three chunks cross 2,500 bytes; the stream may have queued one more ahead, never the endless rest.
    expect(pulled).toBeLessThanOrEqual(4)
  })

  it('a file that cannot be read gets no text and is not called too large', async () => {
    const file = new File(['x'], 'weg.json')
    Object.defineProperty(file, 'stream', {
      value: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.error(new Error('NotReadableError'))
          },
        }),
    })
    expect(await readFiles([file])).toEqual([{ name: 'weg.json', text: null, tooLarge: false }])
  })
})
