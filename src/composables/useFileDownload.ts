/** Offers text as a file download; the file is made in the browser and goes nowhere else. */
export function useFileDownload() {
  function download(fileName: string, content: string | Blob, type: string): void {
    const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
    // Revoke later: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return { download }
}
