/**
 * Picks each device's driver from its config. Every simulated device is also
 * registered in `simulated`, so the front panel can press and watch it.
 * A real driver's module is imported when a board first uses one: a hub, or
 * a box with simulated devices, never loads the serial, GPIO, printer, audio
 * and modem code (~11 ms of a hub's start in a profile).
 */
import type { Logger } from 'pino'
import type { AudioOutput, ClipLoader } from './audio/audio.ts'
import { SimulatedAudio } from './audio/simulated-audio.ts'
import type { Display } from './display/display.ts'
import { SimulatedDisplay } from './display/simulated-display.ts'
import type { BoardDisplays, Rs485DisplayConfig } from './display/board-displays.ts'
import type { InputDevice } from './input/input.ts'
import { SimulatedInput } from './input/simulated-input.ts'
import type { TicketPrinter } from './printer/printer.ts'
import { SimulatedPrinter } from './printer/simulated-printer.ts'
import type { AnnouncerConfig, DispenserConfig } from '../site/config/schema.ts'
import type { ButtonLamps } from './input/input.ts'
import type { BoardKeypads, Rs485KeypadConfig } from './keypad/board-keypads.ts'
import type { KeypadFeedback } from './keypad/keypad-protocol.ts'
import type { BoardCallPointsConfig, CallPointsSiteConfig } from '../site/config/schema.ts'
import type { SmsModem } from './modem/modem.ts'
import { SimulatedModem } from './modem/simulated-modem.ts'

export interface SimulatedHardware {
  inputs: Map<string, SimulatedInput>
  printers: SimulatedPrinter[]
  displays: Map<string, SimulatedDisplay>
  audio: SimulatedAudio[]
}

type DriverConfig = { driver: 'simulated' }

export class DriverFactory {
  readonly simulated: SimulatedHardware = { inputs: new Map(), printers: [], displays: new Map(), audio: [] }

  input(name: string, _config: DriverConfig): InputDevice {
    return this.simulatedInput(name)
  }

  private simulatedInput(name: string): SimulatedInput {
    const input = new SimulatedInput(name)
    this.simulated.inputs.set(name, input)
    return input
  }

  // One per factory: the keypads (displays) on one serial line share its port. A promise, so that two
  // devices asked for at once still get the same one.
  private boardKeypads?: Promise<BoardKeypads>

  /** A teller's keypad: simulated, or one address on a shared RS-485 keypad line. */
  async counterKeypad(
    counter: string,
    config: DriverConfig | Rs485KeypadConfig,
    logger: Logger,
  ): Promise<InputDevice & Partial<KeypadFeedback>> {
    if (config.driver === 'rs485-keypad') {
      this.boardKeypads ??= import('./keypad/board-keypads.ts').then(({ BoardKeypads }) => new BoardKeypads())
      return (await this.boardKeypads).keypad(config, logger)
    }
    return this.simulatedInput(`counter:${counter}`)
  }

  /** The ticket box's service buttons and their lamps. */
  async serviceButtons(
    dispenser: DispenserConfig,
    model: string | undefined,
    logger: Logger,
  ): Promise<InputDevice & ButtonLamps> {
    if (dispenser.input.driver !== 'simulated')
      return (await import('./input/gpio-buttons-config.ts')).gpioServiceButtons(
        dispenser,
        dispenser.input,
        model,
        logger,
      )
    return this.simulatedInput('dispenser')
  }

  async printer(
    config: DispenserConfig['printer'],
    paperWidthMm: number,
    pollMs: number,
    logger: Logger,
  ): Promise<TicketPrinter> {
    if (config.driver !== 'simulated')
      return (await import('./printer/escpos-printer-config.ts')).escposPrinter(config, paperWidthMm, pollMs, logger)
    const printer = new SimulatedPrinter(paperWidthMm)
    this.simulated.printers.push(printer)
    return printer
  }

  private boardDisplays?: Promise<BoardDisplays>

  async display(id: string, config: DriverConfig | Rs485DisplayConfig, logger: Logger): Promise<Display> {
    if (config.driver !== 'simulated') {
      this.boardDisplays ??= import('./display/board-displays.ts').then(({ BoardDisplays }) => new BoardDisplays())
      return (await this.boardDisplays).display(id, config, logger)
    }
    const display = new SimulatedDisplay(id)
    this.simulated.displays.set(id, display)
    return display
  }

  /** Call-point buttons of a board (issue 9). */
  async callPointButtons(
    callPoints: BoardCallPointsConfig,
    model: string | undefined,
    logger: Logger,
  ): Promise<InputDevice & ButtonLamps> {
    const { input } = callPoints
    if (input.driver === 'serial-receiver')
      return (await import('./input/call-point-buttons.ts')).receiverCallPointButtons(callPoints, input, logger)
    if (input.driver !== 'simulated')
      return (await import('./input/call-point-buttons.ts')).gpioCallPointButtons(callPoints, input, model, logger)
    return this.simulatedInput('call-points')
  }

  /** The hub's SMS modem (issue 9). */
  async modem(config: CallPointsSiteConfig['modem'], logger: Logger): Promise<SmsModem> {
    if (config.driver === 'simulated') return (this.simulatedModem ??= new SimulatedModem())
    const { path, baudRate, healthEverySeconds } = config
    const { GsmModem } = await import('./modem/gsm-modem.ts')
    return new GsmModem({
      path,
      logger,
      ...(baudRate === undefined ? {} : { baudRate }),
      ...(healthEverySeconds === undefined ? {} : { healthEveryMs: healthEverySeconds * 1000 }),
    })
  }

  simulatedModem?: SimulatedModem

  /** The speaker; the real one plays the clips `loadClips` gives it for the configured set. */
  async audio(
    config: AnnouncerConfig['output'],
    languages: string[],
    loadClips: ClipLoader,
    logger: Logger,
  ): Promise<AudioOutput> {
    if (config.driver === 'aplay') {
      const { AplayAudio } = await import('./audio/aplay-audio.ts')
      const clips = () => loadClips({ dir: config.clips, siteDir: config.siteClips, languages })
      return new AplayAudio({ device: config.device, clips, logger })
    }
    const audio = new SimulatedAudio()
    this.simulated.audio.push(audio)
    return audio
  }
}
