/**
 * The RS-485 displays of a board: one FrameQueue per serial port, shared by
 * the displays configured on it, and each display's protocol encoder.
 */
import iconv from 'iconv-lite'
import type { Logger } from 'pino'
import { alphaSignFrame } from './alpha-sign.ts'
import type { FrameEncoder } from './display-frame.ts'
import { FrameQueue } from './frame-queue.ts'
import { Rs485Display } from './rs485-display.ts'
import { modbusFrame } from './modbus-display.ts'
import { BoardLines } from '../rs485/board-lines.ts'
import { qsystemBoardFrame } from './qsystem-board.ts'
import { templateFrame, type TemplateOptions } from './template-display.ts'

interface Port {
  path: string
  baudRate?: number
}

export type Rs485DisplayConfig = Port &
  (
    | { driver: 'modbus'; address: number; register?: number; chars?: number; readBack?: boolean }
    | { driver: 'alpha-sign'; address?: number }
    | { driver: 'qsystem-board'; address: number }
    | ({ driver: 'template'; rowSeparator?: number[]; gapMs?: number } & Omit<
        TemplateOptions,
        'rowSeparator' | 'gapMs'
      >)
  )

export function encoderFor(config: Rs485DisplayConfig): FrameEncoder {
  const baudRate = config.baudRate ?? 9600
  switch (config.driver) {
    case 'modbus':
      return (c) => modbusFrame(c, { ...config, baudRate })
    case 'alpha-sign':
      return (c) => alphaSignFrame(c, config)
    case 'qsystem-board':
      return (c) => qsystemBoardFrame(c, config)
    case 'template': {
      if (!iconv.encodingExists(config.encoding))
        throw new Error(`display encoding "${config.encoding}" is unknown (try latin1, cp1251, cp1256, gb2312, utf8)`)
      const options: TemplateOptions = {
        ...config,
        rowSeparator: config.rowSeparator ?? [0x0d],
        gapMs: config.gapMs ?? 20,
      }
      return (c) => templateFrame(c, options)
    }
  }
}

export class BoardDisplays {
  private readonly lines = new BoardLines<FrameQueue>('displays')

  display(id: string, config: Rs485DisplayConfig, logger: Logger): Rs485Display {
    const { path, baudRate = 9600 } = config
    const line = this.lines.line(
      path,
      `${baudRate} baud`,
      () => new FrameQueue({ path, baudRate, logger: logger.child({ module: `display:${path}` }) }),
    )
    return new Rs485Display(id, line, encoderFor(config))
  }
}
