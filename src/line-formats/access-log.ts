// HTTP request logs: where the request itself (path, query string, referrer, user agent, the
// client's host and user name) is written verbatim into a log line. Those parts are data sent
// by whoever made the request, never evidence of a failure: the readers here find them so the
// watcher and the severity rules read only the server's own fields (status, timing, level).

/**
 * The fields of an access-log line (combined or common log format, as nginx, Apache and
 * ingress-nginx write it, with or without a runtime's prefix; or an AWS load balancer log):
 * the response status and, where the format carries it, the request's duration in seconds.
 */
export interface AccessLogFields {
  status: number;
  seconds: number | null;
  /** Envoy's response flags (`UT`, `UF,URX`), where the format carries them. */
  flags?: readonly string[];
}

// The request field, `"GET /path?query HTTP/1.1"`: a method, anything but a quote, a version.
const REQUEST_FIELD = /"[A-Z]{3,10} [^"]* HTTP\/[\d.]{1,5}"/;
const REQUEST_FIELDS = /"([A-Z]{3,10}) [^"]* (HTTP\/[\d.]{1,5})"/g;
// After the request in the common and combined formats: status, then size.
const AFTER_REQUEST = /^\s+(\d{3})\s+(?:\d+|-)(?:\s|$)/;
// The common log format's time field, which every such line carries before the request.
const CLF_TIME = /\[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "$/;
// ingress-nginx after the user agent: request length, request time, [upstream name].
const INGRESS_TIMING = /^\s+"(?:[^"\\]|\\.)*"\s+"(?:[^"\\]|\\.)*"\s+\d+\s+(\d+\.\d+)\s+\[/;
// An AWS load balancer entry: type, time, name, client, target, three processing times, the
// load balancer's and the target's status, bytes in and out, then the request.
// Envoy's default and Istio's access log: the status, then the response flags (`-` or
// comma-separated codes of two or three capitals), then the bytes received.
const ENVOY_AFTER_REQUEST = /^\s+(\d{3})\s+(-|[A-Z]{2,4}(?:,[A-Z]{2,4}){0,20})\s+(?:"-"\s+"-"\s+)?\d+\s/;
const AWS_LB = /^\S+ \S+ \S+ \S+ \S+ (-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) (\d{3}) (?:\d{3}|-) \d+ \d+ "$/;

/** The status and timing of an access-log line, or null when the line is not one. */
export function readAccessLog(line: string): AccessLogFields | null {
  // Cheap refusal: every format read here quotes a request with its protocol version.
  if (line.indexOf(' HTTP/') < 0) return null;
  const request = REQUEST_FIELD.exec(line);
  if (request === null) return null;
  const before = line.slice(Math.max(0, request.index - 200), request.index + 1);
  const after = line.slice(request.index + request[0].length);
  const clf = AFTER_REQUEST.exec(after);
  if (clf !== null && CLF_TIME.test(before)) {
    const timing = INGRESS_TIMING.exec(after.slice(clf[0].length - (clf[0].endsWith(' ') ? 1 : 0)));
    return { status: Number(clf[1]), seconds: timing === null ? null : Number(timing[1]) };
  }
  const envoy = ENVOY_AFTER_REQUEST.exec(after);
  if (envoy !== null) return { status: Number(envoy[1]), seconds: null, flags: envoy[2] === '-' ? [] : envoy[2]!.split(',') };
  const lb = AWS_LB.exec(line.slice(0, request.index + 1));
  if (lb !== null) {
    const times = [lb[1], lb[2], lb[3]].map(Number);
    return { status: Number(lb[4]), seconds: times.some((t) => t < 0) ? null : times.reduce((a, b) => a + b, 0) };
  }
  return null;
}

// Request data in key=value (logfmt, the Heroku router) and JSON request logs, and in the
// context nginx appends to its error lines (`request: "GET /x HTTP/1.1", referrer: "..."`).
const LOGFMT_DATA =
  /(^|[\s,{])(path|uri|url|query|querystring|referr?er|user_agent|useragent|http_user_agent|http_referer|request_uri|fwd|remote_user)=(?:"(?:[^"\\]|\\.)*"|[^\s"]*)/gi;
// The keys LOGFMT_DATA masks, lowercase: most logfmt lines name none of them, and finding that
// by the word before each `=` is cheaper than running the expression over the line.
const LOGFMT_DATA_KEYS = new Set([
  'path', 'uri', 'url', 'query', 'querystring', 'referer', 'referrer', 'user_agent', 'useragent',
  'http_user_agent', 'http_referer', 'request_uri', 'fwd', 'remote_user',
]);

/** Whether `word` (line[start, end)) could be one of `keys`: its length and first letter, before any copy is made. */
function mayBeKey(line: string, start: number, end: number, keys: KeyIndex): boolean {
  return keys.lengths.has(end - start) && keys.firsts.has(line.charCodeAt(start) | 0x20);
}

interface KeyIndex {
  keys: ReadonlySet<string>;
  lengths: ReadonlySet<number>;
  /** First letters, lowercase char codes. */
  firsts: ReadonlySet<number>;
}

function keyIndex(keys: ReadonlySet<string>): KeyIndex {
  return { keys, lengths: new Set([...keys].map((k) => k.length)), firsts: new Set([...keys].map((k) => k.charCodeAt(0))) };
}

const LOGFMT_KEYS = keyIndex(LOGFMT_DATA_KEYS);

/** Whether a word LOGFMT_DATA masks stands right before one of the line's `=`. */
function namesLogfmtData(line: string): boolean {
  for (let eq = line.indexOf('='); eq >= 0; eq = line.indexOf('=', eq + 1)) {
    let start = eq;
    while (start > 0 && eq - start < 16) {
      const c = line.charCodeAt(start - 1) | 0x20;
      if ((c >= 0x61 && c <= 0x7a) || c === 0x7f) start -= 1; // a-z, A-Z, and _ (0x5f | 0x20)
      else break;
    }
    if (mayBeKey(line, start, eq, LOGFMT_KEYS) && LOGFMT_DATA_KEYS.has(line.slice(start, eq).toLowerCase())) return true;
  }
  return false;
}
const JSON_DATA =
  /"(path|uri|url|query|querystring|referr?er|user_?agent|http_user_agent|http_referer|request_uri|remote_user|userAgent|requestUrl|requestUri)"(\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
// The keys JSON_DATA masks, lowercase (the expression ignores case).
const JSON_DATA_KEYS = new Set([
  'path', 'uri', 'url', 'query', 'querystring', 'referer', 'referrer', 'user_agent', 'useragent',
  'http_user_agent', 'http_referer', 'request_uri', 'remote_user', 'requesturl', 'requesturi',
]);

const JSON_KEYS = keyIndex(JSON_DATA_KEYS);

/** Whether `code` is one of the characters `\s` matches. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether a quoted key JSON_DATA masks stands before one of the line's `":` (or `" :`). */
function namesJsonData(line: string): boolean {
  for (let quote = line.indexOf('"'); quote >= 0; quote = line.indexOf('"', quote + 1)) {
    // A key's closing quote, then optional blanks and a colon.
    let after = quote + 1;
    while (after < line.length && isSpace(line.charCodeAt(after))) after += 1;
    if (line.charCodeAt(after) !== 0x3a) continue;
    const open = line.lastIndexOf('"', quote - 1);
    if (open >= 0 && mayBeKey(line, open + 1, quote, JSON_KEYS) && JSON_DATA_KEYS.has(line.slice(open + 1, quote).toLowerCase())) return true;
  }
  return false;
}
const NGINX_DATA = /(, (?:referrer|host): )"[^"]*"/g;

/**
 * The line with every piece of request data replaced by `-`: the request field keeps its
 * method and version (`"GET - HTTP/1.1"`), a data field keeps its name. Returns the line
 * itself when it holds none (the common case, with no copy).
 */
export function maskRequestData(line: string): string {
  let out = line;
  if (out.indexOf(' HTTP/') >= 0) out = out.replace(REQUEST_FIELDS, '"$1 - $2"');
  if (out.indexOf('=') >= 0 && namesLogfmtData(out)) out = out.replace(LOGFMT_DATA, '$1$2=-');
  if ((out.indexOf('":') >= 0 || out.indexOf('" :') >= 0) && namesJsonData(out)) out = out.replace(JSON_DATA, '"$1"$2"-"');
  if (out.indexOf(', referrer: ') >= 0 || out.indexOf(', host: ') >= 0) out = out.replace(NGINX_DATA, '$1"-"');
  return out;
}

// A logfmt or JSON request log names its status and, often, its duration; a request field
// (method, path, url) says the line is about a request.
const REQUEST_KEY = /(?:^|[\s,{"])"?(?:method|requestMethod|http_method|path|url|uri|requestUrl)"?\s*[=:]/i;
const STATUS_FIELD = /(?:^|[\s,{"])"?(?:status|status_?code|statusCode|http_status)"?\s*[=:]\s*"?(\d{3})(?![\w.])/i;
const DURATION_FIELD =
  /(?:^|[\s,{"])"?(?:duration|latency|request_time|elapsed|took|response_time)"?\s*[=:]\s*"?(\d+(?:\.\d+)?)(ms|s|us|µs|ns)?(?![\w.])/i;
const TO_SECONDS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1 };

/**
 * The status and duration of a logfmt or JSON request log (`method=GET path=/x status=504
 * duration=30.001s`, `{"httpRequest":{"requestMethod":"GET","status":504,"latency":"30s"}}`),
 * or null when the line names no request and status. A duration with no unit is not read.
 */
export function readRequestFields(line: string): AccessLogFields | null {
  if (line.indexOf('tatus') < 0) return null;
  const status = STATUS_FIELD.exec(line);
  if (status === null || !REQUEST_KEY.test(line)) return null;
  const duration = DURATION_FIELD.exec(line);
  const unit = duration?.[2];
  const seconds = duration === null || duration === undefined || unit === undefined ? null : Number(duration[1]) * TO_SECONDS[unit]!;
  return { status: Number(status[1]), seconds };
}

// client-go's request trace (`kubectl -v=6` and klog lines of round_trippers.go): `GET
// https://... 200 OK in 5 milliseconds` at the end of the line.
const ROUND_TRIP = / ([1-5]\d\d)(?: [A-Za-z][A-Za-z' -]{0,40})? in (\d{1,9}) milliseconds$/;

/** The status and duration of a Kubernetes client's request trace, or null when the line is not one. */
export function readRoundTrip(line: string): AccessLogFields | null {
  if (!line.endsWith(' milliseconds')) return null;
  const trip = ROUND_TRIP.exec(line);
  if (trip === null) return null;
  return { status: Number(trip[1]), seconds: Number(trip[2]) / 1000 };
}

// nginx's debug log closing a request with the response status it produced (`http finalize
// request: 504, "/path?" a:1, c:1`): the server's own field, read like an access log's status.
const NGINX_FINALIZE = /\bhttp finalize request: ([1-5]\d\d),/;

/** The status nginx's debug log gives a finished request, or null when the line is not one. */
export function readNginxFinalize(line: string): AccessLogFields | null {
  if (line.indexOf('finalize request: ') < 0) return null;
  const finalize = NGINX_FINALIZE.exec(line);
  return finalize === null ? null : { status: Number(finalize[1]), seconds: null };
}

// HAProxy's HTTP log: `client:port [date] frontend backend/server Tq/Tw/Tc/Tr/Ta status bytes
// cookie cookie termination_state ...`. The timers are milliseconds (-1 for a step never
// reached); Ta, the last, is the whole request.
const HAPROXY = /\] \S{1,128} \S{1,256} -?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/\+?(\d{1,9}) ([1-5]\d\d) \d{1,15} /;

/** The status and total time of an HAProxy HTTP log line, or null when the line is not one. */
export function readHaproxyLog(line: string): AccessLogFields | null {
  const open = line.indexOf('] ');
  if (open < 0 || line.indexOf('/', open) < 0) return null;
  const entry = HAPROXY.exec(line.slice(open, open + 800));
  return entry === null ? null : { status: Number(entry[2]), seconds: Number(entry[1]) / 1000 };
}
