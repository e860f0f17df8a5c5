export type { RadarBand, RadarData, RadarSeries } from '@/core/scan/radar'

/** Okabe–Ito based colours, safe for colour-blind viewers; dark enough for text on white. */
export const SERIES_COLOURS = { a: '#0b5a8f', b: '#b34700' } as const
export const GROUP_COLOURS = ['#154273', '#7a3e00', '#1d6b34', '#6a1b6a', '#4a4a4a'] as const
