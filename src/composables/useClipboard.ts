/** Copies text; false when the browser does not allow it (no permission, insecure context, file://). */
export function useClipboard() {
  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      return false
    }
  }
  return { copy }
}
