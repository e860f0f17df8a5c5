import type { ResultFile } from '../model'
import type { SeriesAction } from '../files/seriesFile'

/** One moment of a measurement series as the series page holds it. */
export interface SeriesEntry {
  /** A key for this page only; never written into a file. */
  key: string
  name: string
  date?: string
  result: ResultFile
  actions: SeriesAction[]
  fingerprint: string
}
