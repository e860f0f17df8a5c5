/**
 * The chart.js configuration of a radar, shared by the live chart and the print image, so both
 * draw the same thing.
 */
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js'
import type { RadarData } from '@/core/scan/radar'
import { BAND_FILL, GRID_COLOUR, GROUP_COLOURS, MUTED_COLOUR, SERIES_COLOURS, SERIES_FILLS, TEXT_COLOUR } from './chartPalette'

// Only the parts a radar needs, so the chart chunk stays small.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend)

export type RadarChartData = ChartData<'radar', (number | null)[], string[]>

/**
 * Up to this many axes carry their names; beyond it the names would overlap (28 factors at 1280 px
 * did), so the axes carry numbers and the names stand in a numbered list beside the chart. Print
 * is wide like a desktop screen.
 */
export const NAMED_AXES_UP_TO = { wide: 12, narrow: 8 } as const

export function radarNumbered(axes: number, narrow: boolean): boolean {
  return axes > (narrow ? NAMED_AXES_UP_TO.narrow : NAMED_AXES_UP_TO.wide)
}

/** Long factor titles wrap onto a few short lines instead of being cut off. */
export function wrapLabel(label: string): string[] {
  const lines: string[] = []
  for (const word of label.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + word.length < 18) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines.slice(2).join(' ').slice(0, 16)}…`] : lines
}

export function radarChartData(data: RadarData): RadarChartData {
  return {
    labels: data.labels.map(wrapLabel),
    datasets: [
      ...(data.band
        ? [
            { label: data.band.label, data: data.band.low, borderWidth: 0, pointRadius: 0, fill: false },
            {
              label: data.band.label,
              data: data.band.high,
              borderWidth: 0,
              pointRadius: 0,
              backgroundColor: BAND_FILL,
              fill: '-1',
            },
          ]
        : []),
      ...data.series.map((series) => ({
        label: series.label,
        data: series.values,
        borderColor: SERIES_COLOURS[series.variant],
        backgroundColor: SERIES_FILLS[series.variant],
        borderWidth: 3,
        borderDash: series.variant === 'b' ? [8, 5] : [],
        pointStyle: series.variant === 'a' ? ('circle' as const) : ('triangle' as const),
        pointRadius: 4,
        pointBackgroundColor: SERIES_COLOURS[series.variant],
        fill: series.variant === 'a' && !data.band,
        spanGaps: true,
      })),
    ],
  }
}

/** The colour of each axis label: one per group (theme), so the themes read as arcs of the radar. */
export function radarLabelColours(data: RadarData): (index: number) => string {
  const groupNames = [...new Set(data.groups ?? [])]
  return (index) => {
    const group = data.groups?.[index]
    const position = group === undefined ? -1 : groupNames.indexOf(group)
    return GROUP_COLOURS[position % GROUP_COLOURS.length] ?? GROUP_COLOURS[0]
  }
}

export function radarChartOptions(
  data: RadarData,
  {
    numbered = false,
    devicePixelRatio,
    responsive = true,
    labelSize = 11,
  }: { numbered?: boolean; devicePixelRatio?: number; responsive?: boolean; labelSize?: number },
): ChartOptions<'radar'> {
  const labelColour = radarLabelColours(data)
  return {
    responsive,
    maintainAspectRatio: false,
    animation: false,
    ...(devicePixelRatio === undefined ? {} : { devicePixelRatio }),
    // chart.js measures the axis labels slightly short on narrow canvases; the margin keeps them whole.
    layout: { padding: 8 },
    scales: {
      r: {
        min: 1,
        max: 5,
        ticks: { stepSize: 1, backdropColor: 'transparent', color: MUTED_COLOUR, font: { size: 12 } },
        grid: { color: GRID_COLOUR },
        angleLines: { color: GRID_COLOUR },
        pointLabels: {
          color: (context) => labelColour(context.index),
          font: { size: labelSize, weight: 'bold' },
          callback: (label, index) => (numbered ? String(index + 1) : label),
        },
      },
    },
    plugins: {
      legend: {
        display: data.series.length > 1 || data.band !== undefined,
        position: 'bottom',
        labels: { usePointStyle: true, color: TEXT_COLOUR, filter: (item) => !data.band || item.datasetIndex !== 0 },
      },
      tooltip: { enabled: responsive },
    },
  }
}
