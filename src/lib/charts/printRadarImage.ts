import { Chart, type Plugin } from 'chart.js'
import { radarChartData, radarChartOptions, radarLabelColours, radarNumbered } from './radarConfig'
import type { RadarData } from '@/core/scan/radar'

/** The share of the image the numbered list takes. */
const LIST_SHARE = 0.4
const MARGIN = 8
/** A legend entry in the left part of a numbered radar; the caption under the image names both in full. */
const LEGEND_CHARS = 46

/**
 * Named axes for a few factors; numbered axes with the names in a column at the right for more
 * (radarNumbered: past 12 axes neighbouring names at the top and bottom ran into each other).
 */
export function radarLayout(axes: number, width: number): { numbered: boolean; listWidth: number } {
  const numbered = radarNumbered(axes, false)
  return { numbered, listWidth: numbered ? Math.round(width * LIST_SHARE) : 0 }
}

export const shortened = (text: string, chars: number) => (text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`)

/**
 * A white page under the chart: an opaque image needs no transparency mask in the PDF, which keeps
 * the file small, and it looks the same pasted into Word on any background.
 */
const whiteBackground: Plugin<'radar'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

/** The names of the numbered axes, in a column at the right, each in its theme's colour. */
function axisList(data: RadarData, listWidth: number, labelSize: number): Plugin<'radar'> {
  const colour = radarLabelColours(data)
  return {
    id: 'axisList',
    afterDraw(chart) {
      const { ctx, width, height } = chart
      const lineHeight = Math.min(labelSize + 3, (height - 2 * MARGIN) / data.labels.length)
      const size = Math.min(labelSize, lineHeight - 1.5)
      const left = width - listWidth
      const family = String(Chart.defaults.font.family)
      const top = (height - lineHeight * data.labels.length) / 2
      ctx.save()
      ctx.textBaseline = 'middle'
      data.labels.forEach((label, index) => {
        const y = top + lineHeight * (index + 0.5)
        const number = `${index + 1}`
        ctx.fillStyle = colour(index)
        ctx.font = `bold ${size}px ${family}`
        ctx.fillText(number, left, y)
        ctx.font = `${size}px ${family}`
        const room = listWidth - MARGIN - size * 1.6
        let text = label
        // Cut a name that does not fit at a word, with an ellipsis; the tables carry every name in full.
        while (ctx.measureText(text).width > room && text.includes(' ')) text = `${text.slice(0, text.lastIndexOf(' '))}…`
        ctx.fillText(text, left + size * 1.6, y)
      })
      ctx.restore()
    },
  }
}

/**
 * Draws a radar once, off screen, and returns it as a PNG data URL: chart.js does not redraw for
 * print by itself, so the print layout shows this image. The canvas is given its size in CSS pixels
 * because chart.js multiplies it by the pixel ratio itself; multiplying beforehand would draw the
 * labels at a third of their size on paper and make the image nine times larger. Labels of 11 CSS
 * pixels print at about 8 pt: small, but legible on paper.
 */
export function printRadarImage(data: RadarData, width: number, height: number, { pixelRatio = 3, labelSize = 11 } = {}): string {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const { numbered, listWidth } = radarLayout(data.labels.length, width)
  const options = radarChartOptions(data, { devicePixelRatio: pixelRatio, responsive: false, labelSize, numbered })
  if (numbered) {
    options.layout = { padding: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: listWidth + MARGIN } }
    // The legend shares the narrower left part: a long team name and date would run off the image.
    const legend = options.plugins?.legend
    if (legend?.labels) {
      legend.labels.generateLabels = (chart) =>
        Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({ ...item, text: shortened(item.text, LEGEND_CHARS) }))
    }
  }
  const chart = new Chart(canvas, {
    type: 'radar',
    data: radarChartData(data),
    options,
    plugins: numbered ? [whiteBackground, axisList(data, listWidth, labelSize)] : [whiteBackground],
  })
  const url = canvas.toDataURL('image/png')
  chart.destroy()
  return url
}
