/**
 * The chart colours, in one place for the live chart, the print image and the print footer.
 * Canvas drawing cannot read CSS variables reliably (the print image is drawn off screen), so the
 * values that mirror a token in assets/main.css say which one.
 */

/** Okabe–Ito based colours, safe for colour-blind viewers; dark enough for text on white. */
export const SERIES_COLOURS = { a: '#0b5a8f', b: '#b34700' } as const
/** Fills under a series: 'a' a little stronger, as it is drawn solid. */
export const SERIES_FILLS = { a: 'rgba(11, 90, 143, 0.12)', b: 'rgba(179, 71, 0, 0.08)' } as const
/** The first group colour is --color-primary, the last --color-muted. */
export const GROUP_COLOURS = ['#154273', '#7a3e00', '#1d6b34', '#6a1b6a', '#4a4a4a'] as const
/** The spread band of a team: neutral grey, so both series stay readable on top of it. */
export const BAND_FILL = 'rgba(120, 120, 120, 0.28)'
/** --color-text */
export const TEXT_COLOUR = '#1b1b1b'
/** --color-muted: tick numbers, and the running footer of the print layout. */
export const MUTED_COLOUR = '#4a4a4a'
/** The rings and spokes of the radar, a little darker than --color-line to show on paper. */
export const GRID_COLOUR = '#c4cad3'
