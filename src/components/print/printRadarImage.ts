import { Chart, type Plugin } from 'chart.js'
import { radarChartData, radarChartOptions } from '@/components/charts/radarConfig'
import type { RadarData } from '@/core/scan/radar'

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
  const chart = new Chart(canvas, {
    type: 'radar',
    data: radarChartData(data),
    options: radarChartOptions(data, { devicePixelRatio: pixelRatio, responsive: false, labelSize }),
    plugins: [whiteBackground],
  })
  const url = canvas.toDataURL('image/png')
  chart.destroy()
  return url
}
