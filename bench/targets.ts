/** The figures the appliance is held to, and how each measured one compares. */
export interface Row {
  what: string
  value: number
  target: string
  result: 'met' | 'MISSED' | ''
}

export function targetRows(f: Record<string, number>): Row[] {
  const row = (what: string, key: string, target = '', met?: boolean): Row => ({
    what: `${what} (${key})`,
    value: f[key]!,
    target,
    result: met === undefined ? '' : met ? 'met' : 'MISSED',
  })
  // The floor taken between the issues themselves (bench/issue-latency.ts), not in a phase of its own.
  const floor = 1.5 * f.issue_floor_p99_ms!
  return [
    row('bare 100-byte append + fdatasync, p50', 'fdatasync_p50_ms'),
    row('bare 100-byte append + fdatasync, p99', 'fdatasync_p99_ms'),
    row('issue to answer, in process, steady, p50', 'issue_p50_ms'),
    row('bare append + fdatasync between those issues, p99', 'issue_floor_p99_ms'),
    row(
      'issue to answer, in process, steady, p99',
      'issue_p99_ms',
      `≤ ${floor.toFixed(2)} (1.5 × its floor)`,
      f.issue_p99_ms! <= floor,
    ),
    row('the first 2,000 after start (JIT compiling), p99', 'issue_cold_p99_ms'),
    row('tickets per second, 5,000 in a day', 'tickets_per_s', '≥ 5000', f.tickets_per_s! >= 5000),
    row('journal records per second alone', 'journal_records_per_s'),
    row('journal bytes per ticket (issue, call, finish)', 'bytes_per_ticket', '≤ 1024', f.bytes_per_ticket! <= 1024),
    row('bytes reaching the device per ticket (/proc/self/io write_bytes)', 'device_bytes_per_ticket'),
    row('recover 100k events, ms', 'recover_100k_ms'),
    row('recover 1M events, ms', 'recover_1m_ms', '< 2000', f.recover_1m_ms! < 2000),
    row('recover 1M events with a snapshot, ms', 'recover_1m_snap_ms', '< 2000', f.recover_1m_snap_ms! < 2000),
    row('journal of 1M events, MiB of JSON', 'journal_1m_mb'),
    row('spawn to "ready", median, ms', 'start_ready_ms', '< 400', f.start_ready_ms! < 400),
    row('spawn to "ready", best, ms', 'start_ready_min_ms'),
    row('issue over MQTT, p50, device with Nagle (BusClient)', 'mqtt_issue_p50_ms'),
    row('issue over MQTT, p50, device with TCP_NODELAY', 'mqtt_issue_nodelay_p50_ms'),
    row('issue, box process to hub process via aedes, p99', 'bus_issue_p99_ms'),
    row('issue, box process to hub process via mosquitto, p99', 'bus_issue_mosquitto_p99_ms'),
    row('their floor, interleaved: bare MQTT echo via aedes, p99', 'bus_echo_p99_ms'),
    row('their floor, interleaved: bare MQTT echo via mosquitto, p99', 'bus_echo_mosquitto_p99_ms'),
    row('hub restart until 50 devices resynchronised, ms', 'resync_50_devices_ms'),
    row('hub VmRSS at ready, MiB', 'rss_ready_mb'),
    row('hub VmRSS after 10,000 tickets, MiB', 'rss_hub_mb'),
    row('all-in-one board (every role, canvas loaded, tickets printed) VmRSS, MiB', 'rss_mb', '< 80', f.rss_mb! < 80),
    row('hub VmRSS after 60 s of 50 devices (25 boxes, 25 keypads), MiB', 'rss_load_mb', '< 80', f.rss_load_mb! < 80),
    row('the same, peak during the 60 s, MiB', 'rss_load_peak_mb'),
    row('commands answered per second during those 60 s', 'load_answers_per_s'),
    row('tickets issued (and called) during those 60 s', 'load_tickets'),
    row('call event to first sample written by aplay to its device, 4 languages, p50', 'call_to_audio_p50_ms'),
    row('call event to first sample written by aplay to its device, 4 languages, p99', 'call_to_audio_p99_ms'),
    row("call event to the first write to aplay's stdin, p50", 'call_to_stdin_p50_ms'),
    row(
      'button edge to last ticket byte, bundle, pty, p50',
      'press_to_print_p50_ms',
      '≤ 5',
      f.press_to_print_p50_ms! <= 5,
    ),
    row('button edge to last ticket byte, bundle, pty, p99', 'press_to_print_p99_ms'),
    row(
      'the first press after ready, ms',
      'first_press_ms',
      `≤ ${(2 * f.press_to_print_p50_ms!).toFixed(1)} (2 × p50)`,
      f.first_press_ms! <= 2 * f.press_to_print_p50_ms!,
    ),
    row('the demo ticket on the wire at 115200 baud 8N1, ms', 'print_wire_ms', '≤ 130', f.print_wire_ms! <= 130),
    row('bytes the printer receives for the demo ticket', 'ticket_wire_bytes', '≤ 1500', f.ticket_wire_bytes! <= 1500),
    ...(f.press_to_print_slow_p50_ms === undefined
      ? []
      : [
          row(
            'the same press on one core at 12.5 %, p50',
            'press_to_print_slow_p50_ms',
            '≤ 60',
            f.press_to_print_slow_p50_ms <= 60,
          ),
          row('the same press on one core at 12.5 %, p99', 'press_to_print_slow_p99_ms'),
          row('its first press after ready, ms', 'first_press_slow_ms'),
          row(
            'spawn to "ready" on one core at 12.5 %, second start, ms',
            'start_ready_slow_ms',
            '≤ 1500',
            f.start_ready_slow_ms! <= 1500,
          ),
        ]),
    row('keypad frame to counter display frame, pty, 9600 baud config, p50', 'key_to_display_p50_9600_ms'),
    row('keypad frame to counter display frame, pty, 9600 baud config, p99', 'key_to_display_p99_9600_ms'),
    row('the display frame alone on the wire at 9600 baud 8E1, ms', 'display_wire_9600_ms'),
    row('keypad frame to counter display frame, pty, 57600 baud config, p50', 'key_to_display_p50_57600_ms'),
    row('keypad frame to counter display frame, pty, 57600 baud config, p99', 'key_to_display_p99_57600_ms'),
    row('the display frame alone on the wire at 57600 baud 8E1, ms', 'display_wire_57600_ms'),
    row(
      'report of a year, 2,000 tickets a day, from summaries, ms',
      'report_year_ms',
      '< 2000',
      f.report_year_ms! < 2000,
    ),
    row('fold one such day from its journal, ms', 'report_day_fold_ms'),
    row('daily summary of such a day, KiB', 'summary_day_kb'),
    row(
      'crash states recovered and checked (and violations found)',
      'crash_states_checked',
      `${f.crash_state_violations} violations, target 0`,
      f.crash_state_violations === 0,
    ),
    ...['cuts_lost_acked', 'cuts_given_twice', 'cuts_repeat_mismatch', 'cuts_failed_restarts'].map((k) =>
      row(`power cuts on the lazy file system (${f.power_cuts} cuts), violations`, k, '0', f[k] === 0),
    ),
  ]
}
