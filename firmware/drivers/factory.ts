/**
 * Picks each device's driver from its config. Every simulated device is also
 * registered in `simulated`, so the front panel can press and watch it.
 */
import type { Logger } from 'pino'
import { AplayAudio } from './audio/aplay-audio.ts'
import type { AudioOutput } from './audio/audio.ts'
import { SimulatedAudio } from './audio/simulated-audio.ts'
import type { Display } from './display/display.ts'
import { SimulatedDisplay } from './display/simulated-display.ts'
import { DisplayLines, type Rs485DisplayConfig } from './display/display-lines.ts'
import type { InputDevice } from './input/input.ts'
import { SimulatedInput } from './input/simulated-input.ts'
import type { TicketPrinter } from './printer/printer.ts'
import { SimulatedPrinter } from './printer/simulated-printer.ts'
import { paperColumns } from '../ticket/render-text.ts'
import type { AnnouncerConfig, DispenserConfig } from '../config/schema.ts'
import type { ButtonLamps } from './input/input.ts'
import { gpioServiceButtons } from './input/gpio-buttons-config.ts'
import { escposPrinter } from './printer/escpos-printer-config.ts'
import { KeypadLines, type Rs485KeypadConfig } from './keypad/keypad-lines.ts'
import type { KeypadFeedback } from './keypad/keypad-protocol.ts'

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

  private readonly keypadLines = new KeypadLines()

  /** A teller's keypad: simulated, or one address on a shared RS-485 keypad line. */
  counterKeypad(counter: string, config: DriverConfig | Rs485KeypadConfig, logger: Logger): InputDevice & Partial<KeypadFeedback> {
    if (config.driver === 'rs485-keypad') return this.keypadLines.keypad(config, logger)
    return this.simulatedInput(`counter:${counter}`)
  }

  /** The ticket box's service buttons and their lamps. */
  serviceButtons(dispenser: DispenserConfig, model: string | undefined, logger: Logger): InputDevice & ButtonLamps {
    if (dispenser.input.driver !== 'simulated') return gpioServiceButtons(dispenser, dispenser.input, model, logger)
    return this.simulatedInput('dispenser')
  }

  printer(config: DispenserConfig['printer'], paperWidthMm: number, pollMs: number, logger: Logger): TicketPrinter {
    if (config.driver !== 'simulated') return escposPrinter(config, paperWidthMm, pollMs, logger)
    const printer = new SimulatedPrinter(paperColumns(paperWidthMm))
    this.simulated.printers.push(printer)
    return printer
  }

  private readonly displayLines = new DisplayLines()

  display(id: string, config: DriverConfig | Rs485DisplayConfig, logger: Logger): Display {
    if (config.driver !== 'simulated') return this.displayLines.display(id, config, logger)
    const display = new SimulatedDisplay(id)
    this.simulated.displays.set(id, display)
    return display
  }

  audio(config: AnnouncerConfig['output'], languages: string[], logger: Logger): AudioOutput {
    if (config.driver === 'aplay') return new AplayAudio({ ...config, languages, logger })
    const audio = new SimulatedAudio()
    this.simulated.audio.push(audio)
    return audio
  }
}
