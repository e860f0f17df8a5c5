import { MUTED_COLOUR } from '@/lib/charts/chartPalette'

/** Margin boxes do not inherit the page's font, so the footer names it (the stack of main.css). */
const FOOTER_STYLE = `font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 7.5pt; color: ${MUTED_COLOUR};`

/** The browser's print dialog, and the running footer that Chromium prints in the page margin. */
export function usePrint() {
  function print(): void {
    window.print()
  }

  /**
   * Adds an @page rule with the footer text and page numbers. Built at run time because the text
   * comes from the locale and holds today's date; a constructed style sheet keeps it CSP-safe.
   */
  function setPageFooter(text: string, words: { page: string; of: string }): () => void {
    const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`
    const sheet = new CSSStyleSheet()
    sheet.insertRule(
      `@page { @bottom-left { content: ${quote(text)}; ${FOOTER_STYLE} }
        @bottom-right { content: ${quote(`${words.page} `)} counter(page) ${quote(` ${words.of} `)} counter(pages); ${FOOTER_STYLE} } }`,
    )
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet)
    }
  }

  return { print, setPageFooter }
}
