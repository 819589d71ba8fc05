/** The site's logo (a PNG file) as a 1-bit picture no wider than the paper, for the top of each ticket. */
import { readFile } from 'node:fs/promises'
import type { RasterImage } from './escpos-commands.ts'
import { toBits } from './raster-line.ts'

export async function logoRaster(path: string, dots: number): Promise<RasterImage> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas')
  const image = await loadImage(await readFile(path))
  const scale = Math.min(1, dots / image.width)
  const width = Math.max(1, Math.round(image.width * scale))
  const height = Math.max(1, Math.round(image.height * scale))
  const g = createCanvas(width, height).getContext('2d')
  // Transparent parts are paper.
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, width, height)
  g.drawImage(image, 0, 0, width, height)
  return toBits(g.getImageData(0, 0, width, height).data, width, height)
}
