/**
 * The day in a picture: people waiting (the most at once) and the average
 * wait, hour by hour, drawn by Apache ECharts' server-side SVG renderer.
 * PNG is that SVG rasterised by @napi-rs/canvas (already on the board for
 * the ticket's raster lines).
 */
import type { DaySummary } from './day-summary.ts'
import { aggregate } from './aggregate.ts'

export interface ChartOptions {
  title: string
  width?: number
  height?: number
  /** Local hour the business day starts at: the x axis runs from it. */
  dayStartHour?: number
}

/** Hours of the business day that have figures, in the day's order. */
export function chartSeries(
  summary: DaySummary,
  dayStartHour = 0,
): { hours: string[]; waiting: number[]; avgWaitMinutes: Array<number | null> } {
  const rows = aggregate([summary], { by: 'hour' })
  rows.sort((a, b) => ((Number(a.key) - dayStartHour + 24) % 24) - ((Number(b.key) - dayStartHour + 24) % 24))
  return {
    hours: rows.map((r) => `${r.key}:00`),
    waiting: rows.map((r) => r.peakWaiting ?? 0),
    avgWaitMinutes: rows.map((r) => (r.wait.avg === null ? null : Math.round((r.wait.avg / 60) * 10) / 10)),
  }
}

export async function chartSvg(summary: DaySummary, options: ChartOptions): Promise<string> {
  const echarts = await import('echarts')
  const width = options.width ?? 900
  const height = options.height ?? 420
  const series = chartSeries(summary, options.dayStartHour)
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: options.title, left: 'center' },
      legend: { bottom: 5, data: ['Waiting (most at once)', 'Average wait (min)'] },
      grid: { top: 60, left: 60, right: 60, bottom: 60 },
      xAxis: { type: 'category', data: series.hours },
      yAxis: [
        { type: 'value', name: 'customers', minInterval: 1 },
        { type: 'value', name: 'minutes', position: 'right' },
      ],
      series: [
        { name: 'Waiting (most at once)', type: 'bar', data: series.waiting, itemStyle: { color: '#4e79a7' } },
        {
          name: 'Average wait (min)',
          type: 'line',
          yAxisIndex: 1,
          data: series.avgWaitMinutes,
          itemStyle: { color: '#e15759' },
          connectNulls: true,
        },
      ],
    })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

export async function chartPng(svg: string): Promise<Buffer> {
  const { createCanvas, Image } = await import('@napi-rs/canvas')
  const image = new Image()
  image.src = Buffer.from(svg)
  const canvas = createCanvas(image.width, image.height)
  canvas.getContext('2d').drawImage(image, 0, 0)
  return canvas.encode('png')
}
