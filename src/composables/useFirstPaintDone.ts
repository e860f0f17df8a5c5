import { readonly, ref, type Ref } from 'vue'

const done = ref(false)
let scheduled = false

/**
 * False until the browser has painted the app's first page, then true for good. What nobody sees on
 * the first screen (the closed explanation under each factor) renders after that paint, so the
 * first question is on screen sooner; it sits in a closed element, so nothing moves when it comes.
 */
export function useFirstPaintDone(): Readonly<Ref<boolean>> {
  if (!scheduled) {
    scheduled = true
    // The first frame callback precedes the frame that shows the page; the second follows its paint.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => (done.value = true), 0)))
  }
  return readonly(done)
}
