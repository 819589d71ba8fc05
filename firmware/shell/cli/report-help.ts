/** The `qms report` lines of `qms --help`, apart from the command so that --help loads no report code. */
export const REPORT_HELP = `  qms report --config FILE --data DIR [--from DATE] [--to DATE]
             [--by service|counter|staff|hour|day] [--format table|csv|json]
      Tickets issued, served, no-show, transferred, cancelled; waiting and
      service times; share within each service's target wait; peak waiting;
      counters open; ratings. Dates are business days YYYY-MM-DD (default: the
      newest day with tickets). CSV has a UTF-8 byte-order mark for spreadsheets.
  qms report ... --incidents
      Call-point incidents by location and kind: response and resolution
      times (median, p90, worst), escalations, unanswered calls.
  qms report ... --chart FILE.svg|FILE.png [--to DATE]
      Waiting customers and average wait by hour for one day.
  qms report ... --slip [--to DATE]
      The day's summary as the ticket box prints it.
`
