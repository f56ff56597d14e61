// Which field readers may read a line, from one scan: each reader's marks are substrings one
// of which every line of its format holds, so a scan that already reads every line (the
// severity table's, the watcher's) can rule readers out before any of them runs.

/** A method then a route's opening slash: how a request line names the request it logs. */
export const ROUTE_MARKS = ['GET /', 'POST /', 'PUT /', 'PATCH /', 'DELETE /', 'HEAD /', 'OPTIONS /'] as const;

/**
 * Per reader, substrings one of which every line it reads holds (compared ignoring case): a
 * caller that has already scanned a line for all of them (the severity table's one scan, which
 * reads every line) says which readers' marks it found, and a reader whose marks the line lacks
 * is not run. The allocation-row and syslog readers check the line's layout instead, and always
 * run. skills/reader-gate.test.ts shows each reader refuses a line once its marks are taken out.
 */
export const READER_MARKS = {
  klog: ['.go:', '.cc:', '.cpp:'],
  accessLog: ['HTTP/'],
  // READY `x/y`: a digit then the slash (a path's or a URL's slashes do not open the reader).
  podRow: ['0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/'],
  nodeRow: ['Ready', 'Unknown'],
  clusterRow: [' Push ', ' Pull '],
  machineRow: [' true', ' false', ' ScalingUp', ' ScalingDown'],
  roundTrip: [' milliseconds'],
  nginxFinalize: ['finalize request: '],
  haproxy: ['] '],
  apiserverHttplog: [': (', '"HTTP" verb='],
  completedRequest: ['Completed request: '],
  forwardedRequest: ['Forwarded ['],
  searchClient: ['[status:'],
  tornado: ['web:'],
  serve: ROUTE_MARKS,
  answeredRequest: ROUTE_MARKS,
  httpx: ['HTTP Request: '],
  deisRouter: ['] - '],
  gin: ['[GIN] '],
  macaron: ['[Macaron] '],
  beego: ['match|'],
  goGetTrace: ['# get '],
  prettyRequest: ['request completed ', 'request errored '],
  rackTimeout: ['source=rack-timeout '],
  queryResult: ['s)', 'sec)'],
  seataCost: ['err:cost '],
  saiTimeSpan: ['time span '],
  lnetInactive: [' was inactive for '],
  rspamdSlowRule: ['slow rule: '],
  bcliFinished: ['finished bitcoin-cli '],
  arkimeHttp: ['_http_curlm_check_multi_info(): '],
  watchdogRequest: [' - ContentLength: '],
  outgoingResponse: ['Outgoing response '],
  // Levels that end the process (PROCESS_EXIT_LEVELS); klog's `F` is read by the klog reader.
  processExit: [
    'level=fatal',
    '"level":"fatal"',
    'level=panic',
    '"level":"panic"',
    'FATA[',
    'FATA: ',
    '[FATAL]',
    '[FTL] ',
    ': Fatal: ',
    'panic: ',
    'fatal error: ',
    '[signal SIG',
    'SIGABRT: ',
    'SIGSEGV: ',
    'SIGBUS: ',
    'SIGILL: ',
    'SIGFPE: ',
    'SIGQUIT: ',
    'Observed a panic: ',
    "thread 'main' panicked at ",
    'FTL ',
    ', suspect faulting address ',
    'terminate called ',
    '*** SIG',
    'FATAL ',
    'init terminating in do_boot',
    'Kernel pid terminated (',
    '\tfatal\t',
    '\tFATAL\t',
  ],
  // TYPE, then padding (read as one space) before REASON: the word in running text (`Warning:`,
  // `level=warning`) does not open the reader.
  eventRow: ['Warning ', 'Normal '],
  recordedEvent: ["}): type: '"],
  metricSample: ['} '],
  requestFields: ['tatus', 'code = '],
} as const satisfies Record<string, readonly string[]>;

export type MarkedReader = keyof typeof READER_MARKS;

/** Each marked reader's place in a gate (an array a scan fills: 1 where it found the reader's marks). */
export const READER_GATE_INDEX = Object.fromEntries(Object.keys(READER_MARKS).map((reader, i) => [reader, i])) as Record<MarkedReader, number>;

/** How many readers a gate has a place for. */
export const READER_COUNT = Object.keys(READER_MARKS).length;

/** Every reader's marks, lowercase, with its place in a gate: what a scan looks for. */
export const READER_MARK_ENTRIES: ReadonlyArray<readonly [string, number]> = Object.entries(READER_MARKS).flatMap(([reader, marks]) =>
  marks.map((mark) => [mark.toLowerCase(), READER_GATE_INDEX[reader as MarkedReader]] as const),
);

/**
 * Which readers may read a line, from a scan for READER_MARK_ENTRIES: `gate[i]` is 0 when the
 * line holds none of reader i's marks. Without a gate every reader runs.
 */
export type ReaderGate = ArrayLike<number>;

