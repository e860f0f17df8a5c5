/** What a radar chart and its accessible table show; shared by results, workshop, compare and print. */
export interface RadarSeries {
  label: string
  /** One value per axis, 1–5; null where there is no score. */
  values: (number | null)[]
  /** 'a' is drawn solid with circles, 'b' dashed with triangles: distinct in colour and in greyscale. */
  variant: 'a' | 'b'
}

export interface RadarBand {
  label: string
  low: (number | null)[]
  high: (number | null)[]
}

export interface RadarData {
  /** Accessible name of the chart, also the table caption. */
  caption: string
  /** Axis labels, in the order of the values. */
  labels: string[]
  /** Per axis a group (e.g. the theme title), used to colour the axis labels; optional. */
  groups?: string[]
  series: RadarSeries[]
  band?: RadarBand
}

/** Okabe–Ito colours, safe for colour-blind viewers; dark enough for text on white. */
export const SERIES_COLOURS = { a: '#0b5a8f', b: '#b34700' } as const
export const GROUP_COLOURS = ['#154273', '#7a3e00', '#1d6b34', '#6a1b6a', '#4a4a4a'] as const
