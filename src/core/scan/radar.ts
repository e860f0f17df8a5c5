/**
 * What a radar chart shows, built from scores: one axis per factor or group, values 1–5 or null.
 * Pure, so the chart, its accessible table, its text summary and the print layout all draw the same
 * numbers.
 */
import type { Questionnaire } from '../model'
import { factorTitle, themeTitle } from '../util/lookups'
import type { FactorScore, GroupScore } from './scoring'

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

/** Every factor in the scan on one radar, grouped by theme; out-of-scope factors are left off. */
export function factorRadar(q: Questionnaire, factors: readonly FactorScore[], caption: string, seriesLabel: string): RadarData {
  const shown = factors.filter((factor) => factor.status !== 'buiten-scope')
  return {
    caption,
    labels: shown.map((factor) => factorTitle(q, factor.factorId)),
    groups: shown.map((factor) => themeTitle(q, factor.themeId)),
    series: [{ label: seriesLabel, values: shown.map((factor) => factor.score), variant: 'a' }],
  }
}

/** Themes or steering levels on one radar. */
export function groupRadar(
  groups: readonly GroupScore[],
  labelFor: (id: string) => string,
  caption: string,
  seriesLabel: string,
): RadarData {
  return {
    caption,
    labels: groups.map((group) => labelFor(group.id)),
    series: [{ label: seriesLabel, values: groups.map((group) => group.score), variant: 'a' }],
  }
}

export interface RadarTextSummary {
  high: { label: string; value: number } | null
  low: { label: string; value: number } | null
  /** Axes without a value in this series. */
  missing: number
}

/** The highest and lowest axis of one series (the first unless told), for the chart's text alternative. */
export function summarizeRadar(data: RadarData, seriesIndex = 0): RadarTextSummary {
  const values = data.series[seriesIndex]?.values ?? []
  let high: RadarTextSummary['high'] = null
  let low: RadarTextSummary['low'] = null
  let missing = 0
  values.forEach((value, index) => {
    const label = data.labels[index] ?? ''
    if (value === null) {
      missing += 1
      return
    }
    if (high === null || value > high.value) high = { label, value }
    if (low === null || value < low.value) low = { label, value }
  })
  return { high, low, missing }
}

/**
 * The summary of every series, each under its own label: with two teams on one radar, "the
 * highest score" of the first alone would read as the highest of both.
 */
export function summarizeRadarSeries(data: RadarData): (RadarTextSummary & { series: string })[] {
  return data.series.map((series, index) => ({ series: series.label, ...summarizeRadar(data, index) }))
}
