// HTTP request logs: where the request itself (path, query string, referrer, user agent, the
// client's host and user name) is written verbatim into a log line. Those parts are data sent
// by whoever made the request, never evidence of a failure: the readers here find them so the
// watcher and the severity rules read only the server's own fields (status, timing, level).
import { ROUTE_MARKS } from './reader-marks.ts';

/**
 * The fields of an access-log line (combined or common log format, as nginx, Apache and
 * ingress-nginx write it, with or without a runtime's prefix; nginx to syslog with no time of its
 * own, as Harbor's proxy writes it; or an AWS load balancer log):
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
// Rack's CommonLogger (Ruby: unicorn, Puma, Huginn) after the status and size: no referrer or agent,
// the seconds taken with four decimals, ending the line (`"GET /404 HTTP/1.0" 404 728 39.2947`).
const RACK_TIMING = /^\s+(\d{1,9}\.\d{4})$/;
// ingress-nginx after the user agent: request length, request time, [upstream name].
const INGRESS_TIMING = /^\s+"(?:[^"\\]|\\.)*"\s+"(?:[^"\\]|\\.)*"\s+\d+\s+(\d+\.\d+)\s+\[/;
// An AWS load balancer entry: type, time, name, client, target, three processing times, the
// load balancer's and the target's status, bytes in and out, then the request.
// Envoy's default and Istio's access log: the status, then the response flags (`-` or
// comma-separated codes of two or three capitals), in Istio's format the response code
// details (`via_upstream`, `upstream_reset_before_response_started{connection_termination}`),
// the connection termination details and the quoted upstream failure reason, then the bytes
// received and sent and the request's duration in milliseconds.
const ENVOY_AFTER_REQUEST =
  /^\s+(\d{3})\s+(-|[A-Z]{2,4}(?:,[A-Z]{2,4}){0,20})\s+(?:[a-z_]{1,80}(?:\{[^{}\s]{0,200}\})?\s+(?:[a-z_]{1,80}|-)\s+"[^"]{0,200}"\s+|"-"\s+"-"\s+)?\d+(?:\s+\d+\s+(\d+))?\s/;
// nginx writing to syslog with no time of its own, as Harbor's proxy does: the client address
// and `-` before the request; after the user agent, the request time, the upstream's times and
// the pipelining flag (`10.0.0.1 - "GET /v2/ HTTP/1.1" 200 12 "-" "cri-o/1.25" 214.240 214.240 .`).
const NO_TIME_BEFORE = /^[\w.:[\]-]{1,64} - "$/;
const NO_TIME_TIMING = /^\s+"(?:[^"\\]|\\.)*"\s+"(?:[^"\\]|\\.)*"\s+(\d+\.\d+)\s+(?:\d+\.\d+|-)(?:, (?:\d+\.\d+|-)){0,10}\s+[.p]$/;
const AWS_LB = /^\S+ \S+ \S+ \S+ \S+ (-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) (\d{3}) (?:\d{3}|-) \d+ \d+ "$/;
// actix-web's default request logger (Rust services such as Qdrant): the client address, the
// request, status and size, the quoted referrer and agent, then the time taken in seconds, under
// the logger's own name (`INFO actix_web::middleware::logger: 10.0.0.1 "POST /x HTTP/1.1" 500 286
// "-" "qdrant-client/1.14.1" 60.101913`).
const ACTIX_BEFORE = /\bactix_web::middleware::logger: [\w.:[\]-]{1,64} "$/;
const ACTIX_TIMING = /^\s+"(?:[^"\\]|\\.)*"\s+"(?:[^"\\]|\\.)*"\s+(\d{1,9}\.\d{1,9})$/;
// Synapse's access log (Matrix): the times to process and to send the response, the CPU and
// database times, the bytes sent and the status, then the request (`Processed request:
// 0.001sec/55.561sec (0.004sec, 0.000sec) (0.000sec/0.000sec/0) 304B 200 "POST /x HTTP/1.1"`).
const SYNAPSE_BEFORE = /\bProcessed request: (\d{1,9}\.\d{1,9})sec\/(-?\d{1,9}\.\d{1,9})sec \([^()\n]{0,80}\) \([^()\n]{0,80}\) (?:\d{1,15}|-)B (\d{3}) "$/;
// InfluxDB's own access log (the `[httpd]` service): the common log format's fields, then the
// request id and the time taken. Before 1.0 nothing is quoted and the time is a Go duration
// (`[http] 2016/01/14 17:30:11 10.0.0.1 - root [14/Jan/2016:17:29:55 +0800] POST /write?db=x
// HTTP/1.1 500 44 - InfluxDBClient 5f247e30-baa1-11e5-8001-000000000000 16.310609716s`); from 1.0
// the request, referrer and agent are quoted and the time is in microseconds (`... "POST
// /write?db=x HTTP/1.1" 204 0 "-" "Telegraf/1.9" 5f247e30-baa1-11e5-8001-000000000000 10022713`).
const INFLUX_UNQUOTED =
  /\[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] [A-Z]{3,10} \S{1,8192} HTTP\/[\d.]{1,5} (\d{3}) (?:\d+|-) [^\s[\]]{1,4096}(?: [^\s[\]]{1,512}){0,12} [\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12} ((?:\d{1,9}(?:\.\d{1,12})?(?:h|m|s|ms|µs|μs|us|ns)){1,4})$/;
const INFLUX_TIMING = /^\s+"(?:[^"\\]|\\.)*"\s+"(?:[^"\\]|\\.)*"\s+[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\s+(\d{1,15})$/;

// oauth2-proxy's request log: the client, the request's id (from v7), the user, the time, the host,
// the method, the upstream, the quoted path, the protocol, the quoted agent, then the status, the
// size and the time taken in seconds (`10.0.0.1 - jane [2020/05/28 10:26:58] 127.0.0.1:4180 GET
// 127.0.0.1:4567 "/test" HTTP/1.1 "Mozilla/5.0 ..." 200 2 290.270`).
const OAUTH2_PROXY =
  /^[\w.:[\]-]{1,64} - (?:[\w-]{1,64} - )?\S{1,256} \[\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\] \S{1,253} [A-Z]{3,10} \S{1,253} "(?:[^"\\]|\\.){0,8192}" HTTP\/[\d.]{1,5} "(?:[^"\\]|\\.){0,2048}" (\d{3}) \d{1,15} (\d{1,9}\.\d{1,9})$/;

/** The status and timing of an access-log line, or null when the line is not one. */
export function readAccessLog(line: string): AccessLogFields | null {
  // Cheap refusal: every format read here names a request with its protocol version. (A test
  // for a substring that starts with a character as common as a space costs several times more.)
  if (line.indexOf('HTTP/') < 0) return null;
  const request = REQUEST_FIELD.exec(line);
  if (request === null) {
    const influx = INFLUX_UNQUOTED.exec(line);
    if (influx !== null) return { status: Number(influx[1]), seconds: goDurationSeconds(influx[2]!) };
    const proxy = OAUTH2_PROXY.exec(line);
    return proxy === null ? null : { status: Number(proxy[1]), seconds: Number(proxy[2]) };
  }
  const before = line.slice(Math.max(0, request.index - 200), request.index + 1);
  const after = line.slice(request.index + request[0].length);
  const clf = AFTER_REQUEST.exec(after);
  // What follows the status and size (from the space before the next field).
  const rest = clf === null ? '' : after.slice(clf[0].length - (clf[0].endsWith(' ') ? 1 : 0));
  if (clf !== null && CLF_TIME.test(before)) {
    const timing = INGRESS_TIMING.exec(rest);
    if (timing !== null) return { status: Number(clf[1]), seconds: Number(timing[1]) };
    const rack = RACK_TIMING.exec(rest);
    if (rack !== null) return { status: Number(clf[1]), seconds: Number(rack[1]) };
    const influx = INFLUX_TIMING.exec(rest);
    return { status: Number(clf[1]), seconds: influx === null ? null : Number(influx[1]) / 1e6 };
  }
  if (clf !== null && NO_TIME_BEFORE.test(line.slice(0, request.index + 1))) {
    const timing = NO_TIME_TIMING.exec(rest);
    if (timing !== null) return { status: Number(clf[1]), seconds: Number(timing[1]) };
  }
  if (clf !== null && ACTIX_BEFORE.test(before)) {
    const timing = ACTIX_TIMING.exec(rest);
    if (timing !== null) return { status: Number(clf[1]), seconds: Number(timing[1]) };
  }
  if (before.indexOf('Processed request: ') >= 0) {
    const synapse = SYNAPSE_BEFORE.exec(before);
    if (synapse !== null) return { status: Number(synapse[3]), seconds: Number(synapse[1]) + Math.max(0, Number(synapse[2])) };
  }
  const envoy = ENVOY_AFTER_REQUEST.exec(after);
  if (envoy !== null) {
    const seconds = envoy[3] === undefined ? null : Number(envoy[3]) / 1000;
    return { status: Number(envoy[1]), seconds, flags: envoy[2] === '-' ? [] : envoy[2]!.split(',') };
  }
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
const JSON_DATA =
  /"(path|uri|url|query|querystring|referr?er|user_?agent|http_user_agent|http_referer|request_uri|remote_user|userAgent|requestUrl|requestUri)"(\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/**
 * The keys a data expression masks, lowercase, read from its alternation of names (the one
 * group of bare words, `?` making the letter before it optional): most lines name none of
 * them, and finding that by the word before each `=` or quoted `:` is cheaper than running the
 * expression over the line. Read from the expression, so the two cannot drift apart.
 */
export function dataKeys(expression: RegExp): ReadonlySet<string> {
  const group = /\(([\w?]+(?:\|[\w?]+)+)\)/.exec(expression.source);
  if (group === null) throw new Error(`no alternation of names in /${expression.source}/`);
  const expand = (word: string): string[] => {
    const at = word.indexOf('?');
    if (at < 0) return [word.toLowerCase()];
    return [...expand(word.slice(0, at - 1) + word.slice(at + 1)), ...expand(word.slice(0, at) + word.slice(at + 1))];
  };
  return new Set(group[1]!.split('|').flatMap(expand));
}

/** A set of keys that answers for a word of a line, refusing one of another length or first letter before copying it. */
export class KeySet {
  readonly keys: ReadonlySet<string>;
  readonly #lengths: ReadonlySet<number>;
  /** First letters, as lowercase char codes. */
  readonly #firsts: ReadonlySet<number>;
  readonly longest: number;

  constructor(keys: ReadonlySet<string>) {
    this.keys = keys;
    this.#lengths = new Set([...keys].map((k) => k.length));
    this.#firsts = new Set([...keys].map((k) => k.charCodeAt(0)));
    this.longest = Math.max(...this.#lengths);
  }

  /** Whether line[start, end) is one of the keys, in any case. */
  holds(line: string, start: number, end: number): boolean {
    return (
      this.#lengths.has(end - start) &&
      this.#firsts.has(line.charCodeAt(start) | 0x20) &&
      this.keys.has(line.slice(start, end).toLowerCase())
    );
  }
}

/** The keys masked in logfmt (`path=`) and in JSON (`"path":`), lowercase. */
export const LOGFMT_KEYS = new KeySet(dataKeys(LOGFMT_DATA));
export const JSON_KEYS = new KeySet(dataKeys(JSON_DATA));

/** Whether a word LOGFMT_DATA masks stands right before one of the line's `=`. */
function namesLogfmtData(line: string): boolean {
  for (let eq = line.indexOf('='); eq >= 0; eq = line.indexOf('=', eq + 1)) {
    let start = eq;
    while (start > 0 && eq - start < LOGFMT_KEYS.longest) {
      const c = line.charCodeAt(start - 1) | 0x20;
      if ((c >= 0x61 && c <= 0x7a) || c === 0x7f) start -= 1; // a-z, A-Z, and _ (0x5f | 0x20)
      else break;
    }
    if (LOGFMT_KEYS.holds(line, start, eq)) return true;
  }
  return false;
}

const SPACE = /\s/;

/** Whether a quoted key JSON_DATA masks stands before one of the line's `":` (or `" :`). */
function namesJsonData(line: string): boolean {
  for (let quote = line.indexOf('"'); quote >= 0; quote = line.indexOf('"', quote + 1)) {
    // A key's closing quote, then optional blanks and a colon.
    let after = quote + 1;
    let code = line.charCodeAt(after);
    // Blanks as `\s` reads them: a space or tab at once, the expression only for a control or non-ASCII character.
    while (code === 0x20 || code === 0x09 || ((code < 0x20 || code > 0x7e) && SPACE.test(line[after]!))) code = line.charCodeAt(++after);
    if (code !== 0x3a) continue;
    if (JSON_KEYS.holds(line, line.lastIndexOf('"', quote - 1) + 1, quote)) return true;
  }
  return false;
}
const NGINX_DATA = /(, (?:referrer|host): )"[^"]*"/g;

/**
 * Lowercase substrings at least one of which a line holds (lowercased, padding runs read as one
 * space) whenever `maskRequestData` would change it: the request field's ` HTTP/`, each logfmt
 * data key with its `=`, each JSON data key in its quotes, nginx's context. A scanner that
 * already reads the line can tell from them that it needs no masking.
 */
export const REQUEST_DATA_MARKERS: readonly string[] = [
  ' http/',
  ...[...LOGFMT_KEYS.keys].map((key) => `${key}=`),
  ...[...JSON_KEYS.keys].map((key) => `"${key}"`),
  ', referrer: ',
  ', host: ',
];

/**
 * The line with every piece of request data replaced by `-`: the request field keeps its
 * method and version (`"GET - HTTP/1.1"`), a data field keeps its name. Returns the line
 * itself when it holds none (the common case, with no copy).
 */
export function maskRequestData(line: string): string {
  let out = line;
  if (out.indexOf('HTTP/') >= 0) out = out.replace(REQUEST_FIELDS, '"$1 - $2"');
  if (namesLogfmtData(out)) out = out.replace(LOGFMT_DATA, '$1$2=-');
  if ((out.indexOf('":') >= 0 || out.indexOf('" :') >= 0) && namesJsonData(out)) out = out.replace(JSON_DATA, '"$1"$2"-"');
  if (out.indexOf(', referrer: ') >= 0 || out.indexOf(', host: ') >= 0) out = out.replace(NGINX_DATA, '$1"-"');
  return out;
}

// A logfmt or JSON request log names its status and, often, its duration; a request field
// (method, path, url) says the line is about a request.
const REQUEST_KEY = /(?:^|[\s,{"])"?(?:method|requestMethod|http_method|path|url|uri|requestUrl)"?\s*[=:]/i;
const STATUS_FIELD = /(?:^|[\s,{"])"?(?:status|status_?code|statusCode|http_status)"?\s*[=:]\s*"?(\d{3})(?![\w.])/i;
const DURATION_FIELD =
  /(?:^|[\s,{"])"?(duration|latency|request_time|elapsed|took|response_time)"?\s*[=:]\s*"?(\d+(?:\.\d+)?)(ms|s|us|µs|ns)?(?![\w.])/i;
/** A duration key whose value is in seconds when it states no unit: nginx's `$request_time`. */
const SECONDS_KEY = 'request_time';
/** Seconds per unit, as request logs and Go durations write them (`µs` in both its spellings). */
const UNIT_SECONDS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, ms: 1e-3, µs: 1e-6, μs: 1e-6, us: 1e-6, ns: 1e-9 };

// A gRPC call's status as Go's gRPC library writes an error (`rpc error: code = DeadlineExceeded
// desc = ...`), in a call log that names no HTTP status.
const GRPC_CODE = /\brpc error: code = ([A-Z][A-Za-z]{1,40}) desc = /;
// A call log records the call's duration (in a unit or as a Go duration): a line that only reports
// an error with a gRPC code (`msg="heartbeat to manager failed" error="rpc error: ..."`) is no call log.
const DURATION_KEY = /(?:^|[\s,{"])"?(?:duration|latency|request_time|elapsed|took|response_time)"?\s*[=:]/i;

/**
 * The status and duration of a logfmt or JSON request log (`method=GET path=/x status=504
 * duration=30.001s`, `{"httpRequest":{"requestMethod":"GET","status":504,"latency":"30s"}}`),
 * or null when the line names no request and status. A duration with no unit is not read, but for
 * nginx's `request_time`, which is in seconds (`"request_time":"60.004"`). A gRPC
 * call log names its call's status in its error (`{"method":"RequestConfig","err":"rpc error: code
 * = DeadlineExceeded desc = ...","took":"1m0.0s"}`): with no HTTP status, and with the call's
 * duration beside it, the gRPC code is read as a flag (status 0), for ACCESS_LOG_RULES.responseFlags.
 */
export function readRequestFields(line: string): AccessLogFields | null {
  const hasStatus = line.indexOf('tatus') >= 0;
  if (!hasStatus && line.indexOf('code = ') < 0) return null;
  const status = hasStatus ? STATUS_FIELD.exec(line) : null;
  const grpc = status === null && DURATION_KEY.test(line) ? GRPC_CODE.exec(line) : null;
  if ((status === null && grpc === null) || !REQUEST_KEY.test(line)) return null;
  const duration = DURATION_FIELD.exec(line);
  let seconds: number | null = null;
  if (duration !== null) {
    const unit = duration[3];
    if (unit !== undefined) seconds = Number(duration[2]) * UNIT_SECONDS[unit]!;
    else if (duration[1]!.toLowerCase() === SECONDS_KEY) seconds = Number(duration[2]);
  }
  return status !== null ? { status: Number(status[1]), seconds } : { status: 0, seconds, flags: [grpc![1]!] };
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

// The apiserver's request log as older releases write it (httplog through klog, `wrap.go` or
// `httplog.go`): `POST /api/v1/namespaces/x/events: (30.00091179s) 504 [user agent addr]`.
// The latency is a Go duration (`1.5ms`, `847µs`, `1m0.5s`).
const HTTPLOG = /(?:^|\] )(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|LIST|WATCH) \/\S{0,4096}: \(((?:\d{1,9}(?:\.\d{1,12})?(?:h|m|s|ms|µs|μs|us|ns)){1,4})\) ([1-5]\d\d)(?:\s|$)/;
const GO_DURATION_PART = /(\d{1,9}(?:\.\d{1,12})?)(h|ms|m|s|µs|μs|us|ns)/g;

// The same log as releases since 1.19 write it, in structured fields (the apiserver's and the kubelet's
// servers: `httplog.go:89] "HTTP" verb="GET" URI="/stats/summary" latency="1m9.8s" userAgent="x"
// audit-ID="" srcIP="10.0.0.5:443" resp=200`); the status is `resp=`, 0 when the line holds none.
// The URI's value is found with string operations (up to its closing quote, which must open the latency),
// and the latency read where its value starts (a sticky expression: no copy of the line's rest).
const HTTPLOG_FIELDS = /"HTTP" verb="[A-Z]{3,8}" URI="/;
const HTTPLOG_LATENCY = /((?:\d{1,9}(?:\.\d{1,12})?(?:h|m|s|ms|µs|μs|us|ns)){1,4})"/y;
const HTTPLOG_RESP = / resp=([1-5]\d\d)(?:\s|$)/;

/** The status and latency of an apiserver or kubelet request log line (httplog, older or structured), or null when the line is not one. */
export function readApiserverHttplog(line: string): AccessLogFields | null {
  if (line.indexOf(': (') >= 0) {
    const entry = HTTPLOG.exec(line);
    if (entry !== null) return { status: Number(entry[2]), seconds: goDurationSeconds(entry[1]!) };
  }
  if (line.indexOf('"HTTP" verb=') < 0) return null;
  const fields = HTTPLOG_FIELDS.exec(line);
  if (fields === null) return null;
  const uriEnd = line.indexOf('"', fields.index + fields[0].length);
  if (uriEnd < 0 || !line.startsWith('" latency="', uriEnd)) return null;
  HTTPLOG_LATENCY.lastIndex = uriEnd + '" latency="'.length;
  const latency = HTTPLOG_LATENCY.exec(line);
  if (latency === null) return null;
  const resp = HTTPLOG_RESP.exec(line);
  return { status: resp === null ? 0 : Number(resp[1]), seconds: goDurationSeconds(latency[1]!) };
}

/** The seconds of a Go duration (`1m0.5s`, `4h15m37s`, `847µs`). */
function goDurationSeconds(duration: string): number {
  let seconds = 0;
  for (const part of duration.matchAll(GO_DURATION_PART)) seconds += Number(part[1]) * UNIT_SECONDS[part[2]!]!;
  return seconds;
}

// Gin's request log (Go services such as Ollama): `[GIN] 2025/01/12 - 01:23:05 | 500 |  30m0s |
// 10.0.0.123 | POST "/api/chat"`, the status and the latency (a Go duration) in padded columns.
// The duration's grammar is HTTPLOG's, written out again: the ReDoS check reads literal
// expressions from the source, and one built at run time here would escape it.
const GIN_REQUEST = /\[GIN\] \d{4}\/\d{2}\/\d{2} - \d{2}:\d{2}:\d{2} \| {0,4}([1-5]\d\d) {0,4}\| {0,20}((?:\d{1,9}(?:\.\d{1,12})?(?:h|m|s|ms|µs|μs|us|ns)){1,4}) {0,4}\| /;

/** The status and latency of a request Gin logged, or null when the line is not one. */
export function readGinRequest(line: string): AccessLogFields | null {
  if (line.indexOf('[GIN] ') < 0) return null;
  const call = GIN_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: goDurationSeconds(call[2]!) };
}

// Beego's router log (Go services such as Harbor's core, at debug): `[D] [middleware.go:52]  |
// 10.43.3.200| 500 | 30.00553635s|   match| GET  /api/chartrepo/docker/charts  r:/api/...`, the
// client, the status and the latency (a Go duration) in padded columns, then whether a route
// matched.
const BEEGO_REQUEST = /\| {0,40}[\da-fA-F.:]{1,45}\| ([1-5]\d\d) \| {0,20}((?:\d{1,9}(?:\.\d{1,12})?(?:h|m|s|ms|µs|μs|us|ns)){1,4})\| {0,10}(?:no)?match\|/;

/** The status and latency of a request Beego's router logged, or null when the line is not one. */
export function readBeegoRequest(line: string): AccessLogFields | null {
  if (line.indexOf('match|') < 0) return null;
  const call = BEEGO_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: goDurationSeconds(call[2]!) };
}

// The go command's trace of its module fetches (`go get -x`, `go mod download -x`): `# get
// https://proxy.golang.org/x/@v/list: 200 OK (58.077s)`, the status, its text and the seconds the
// fetch took.
const GO_GET_TRACE = /^# get \S{1,2000}: ([1-5]\d\d) [A-Za-z' -]{1,40} \((\d{1,6}(?:\.\d{1,6})?)s\)$/;

/** The status and time of a fetch the go command traced, or null when the line is not one. */
export function readGoGetTrace(line: string): AccessLogFields | null {
  const fetch = line.startsWith('# get ') ? GO_GET_TRACE.exec(line) : null;
  return fetch === null ? null : { status: Number(fetch[1]), seconds: Number(fetch[2]) };
}

// Macaron's request log (Go; Gogs and early Gitea): `[Macaron] Completed /repo/migrate 500 Internal
// Server Error in 43m43.314713378s`, and since 2015 with a time and the method (`[Macaron]
// 2016-01-02 15:04:05: Completed GET /x 200 OK in 1.5ms`): the status, its text and the latency (a
// Go duration) after the request.
const MACARON_REQUEST = /\[Macaron\] (?:\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}: )?Completed (?:[A-Z]{3,7} )?\S{1,2000} ([1-5]\d\d)(?: [A-Za-z' -]{1,40})? in ((?:\d{1,9}(?:\.\d{1,12})?(?:h|m|s|ms|µs|μs|us|ns)){1,4})$/;

/** The status and latency of a request Macaron logged, or null when the line is not one. */
export function readMacaronRequest(line: string): AccessLogFields | null {
  if (line.indexOf('[Macaron] ') < 0) return null;
  const call = MACARON_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: goDurationSeconds(call[2]!) };
}

// rack-timeout's (Ruby) line for each request it watches: `source=rack-timeout id=x wait=5ms
// timeout=15000ms service=4732089ms state=completed` (older releases write no id). It writes no
// status (read as 0); the time the app served the request is its duration, and its state
// (`timed_out`, `expired`) a flag.
const RACK_TIMEOUT = /\bsource=rack-timeout(?: id=\S{1,128})?(?: wait=(?:\d{1,12}ms|-))?(?: timeout=(?:\d{1,12}ms|-))?(?: service=(\d{1,12})ms)? state=([a-z_]{1,20})\b/;

/** The service time and state of a request rack-timeout logged, or null when the line is not one. */
export function readRackTimeout(line: string): AccessLogFields | null {
  if (line.indexOf('source=rack-timeout ') < 0) return null;
  const entry = RACK_TIMEOUT.exec(line);
  if (entry === null) return null;
  return { status: 0, seconds: entry[1] === undefined ? null : Number(entry[1]) / 1000, flags: [entry[2]!] };
}

// A SQL client's result line, which closes each statement with the rows and the time it took: the
// MySQL and MariaDB clients (`3 rows in set, 1 warning (0.01 sec)`, `Empty set (30.52 sec)`, `Query OK,
// 1 row affected (31.2 sec)`) and TDengine's (`Query OK, 1 row(s) in set (88.348063s)`). No status
// (read as 0); the time is the statement's duration.
const QUERY_RESULT = /(?:^|[\s,])(?:\d{1,15} rows?(?:\(s\))? (?:in set|affected)|Empty set)(?:, \d{1,9} warnings?)? \((\d{1,9}(?:\.\d{1,9})?) ?(?:s|sec)\)\s*$/i;

/** The duration of the statement a SQL client's result line closes, or null when the line is not one. */
export function readQueryResult(line: string): AccessLogFields | null {
  // Cheap refusal: the line is short and ends with the time's closing parenthesis.
  let end = line.length - 1;
  while (end >= 0 && (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9)) end -= 1;
  if (line.length > 400 || end < 0 || line.charCodeAt(end) !== 41) return null;
  const result = QUERY_RESULT.exec(line);
  return result === null ? null : { status: 0, seconds: Number(result[1]) };
}

// A call's or a thread's own report of how long it took, with no status (read as 0), judged by the
// slow bar as a request is: Seata's client on a registration (`can not register RM,err:register
// error,role:TMROLE,err:cost 30004 ms`), SONiC syncd's watchdog on a SAI call (`threadFunction: time
// span WD exceeded 30716 ms for remove:x`, or `time span 30351 ms for 'remove:x'`), LNet on a
// service thread stalled (`Service thread pid 25305 was inactive for 200.09s.`), and Rspamd's symbol
// cache on a rule that took long (`slow rule: CLAM_VIRUS(218): 95238.06 ms; enable slow timer delay`).
const SEATA_COST = /\berr:cost (\d{1,9}) ms\b/i;
const SAI_TIME_SPAN = /\bthreadFunction: time span (?:WD exceeded )?(\d{1,9}) ms\b/i;
const LNET_INACTIVE = /\bService thread pid \d{1,10} was inactive for (\d{1,9}(?:\.\d{1,3})?)s\b/i;
const RSPAMD_SLOW_RULE = /\bslow rule: [A-Z0-9_]{1,128}\(-?\d{1,6}\): (\d{1,9}(?:\.\d{1,6})?) ms\b/;

/** The time a Seata client's registration took, or null when the line is not one. */
export function readSeataCost(line: string): AccessLogFields | null {
  const cost = line.indexOf('err:cost ') < 0 ? null : SEATA_COST.exec(line);
  return cost === null ? null : { status: 0, seconds: Number(cost[1]) / 1000 };
}

/** The time a SAI call took by syncd's watchdog, or null when the line is not one. */
export function readSaiTimeSpan(line: string): AccessLogFields | null {
  const span = line.indexOf('time span ') < 0 ? null : SAI_TIME_SPAN.exec(line);
  return span === null ? null : { status: 0, seconds: Number(span[1]) / 1000 };
}

/** How long an LNet service thread was inactive, or null when the line is not one. */
export function readLnetInactive(line: string): AccessLogFields | null {
  const stall = line.indexOf(' was inactive for ') < 0 ? null : LNET_INACTIVE.exec(line);
  return stall === null ? null : { status: 0, seconds: Number(stall[1]) };
}

/** How long an Rspamd rule took on a message, or null when the line is not one. */
export function readRspamdSlowRule(line: string): AccessLogFields | null {
  const slow = line.indexOf('slow rule: ') < 0 ? null : RSPAMD_SLOW_RULE.exec(line);
  return slow === null ? null : { status: 0, seconds: Number(slow[1]) / 1000 };
}

// Core Lightning's bitcoind plugin (bcli) on each bitcoin-cli call it ran and waited for, with the
// milliseconds it took at the end (`plugin-bcli: bitcoin-cli: finished bitcoin-cli -datadir=x
// getblockhash 627776 (40261 ms)`; older releases log it as `lightningd(12295): bitcoin-cli:
// finished ...`, where a syslog prefix's reader takes `bitcoin-cli:` for the program's tag). It writes
// no status (read as 0). The words are found by position, and only the time at the line's end by an
// expression (one that reads the words, then any command, then the time, is polynomial).
const BCLI_FINISHED = 'finished bitcoin-cli ';
const BCLI_TAG = 'bitcoin-cli: ';
const BCLI_TIME = / \((\d{1,9}) ms\)$/;

/** How long a bitcoin-cli call of Core Lightning took, or null when the line is not one. */
export function readBcliFinished(line: string): AccessLogFields | null {
  const at = line.indexOf(BCLI_FINISHED);
  // The words open the line (after a syslog prefix's reader) or follow the plugin's tag.
  if (at < 0 || (at > 0 && !line.startsWith(BCLI_TAG, at - BCLI_TAG.length))) return null;
  const time = BCLI_TIME.exec(line);
  return time === null || time.index <= at + BCLI_FINISHED.length ? null : { status: 0, seconds: Number(time[1]) / 1000 };
}

// Arkime's (formerly Moloch's) HTTP client on each call it finished to its Elasticsearch or OpenSearch
// (`http.c:390 moloch_http_curlm_check_multi_info(): 390/29 ASYNC 0 http://es:9200/_bulk 1593461/0 0ms
// 60002ms`): the queue counts, the status (0 when no answer came), the URL, the bytes sent and received,
// then the milliseconds to connect and in all. Read from where the function's name is found.
const ARKIME_HTTP_MARK = '_http_curlm_check_multi_info(): ';
const ARKIME_HTTP = /_http_curlm_check_multi_info\(\): \d{1,9}\/\d{1,9} A?SYNC (\d{1,3}) \S{1,4096} \d{1,15}\/\d{1,15} \d{1,9}ms (\d{1,9})ms$/y;

/** The status and time of a call Arkime's HTTP client finished, or null when the line is not one. */
export function readArkimeHttp(line: string): AccessLogFields | null {
  const at = line.indexOf(ARKIME_HTTP_MARK);
  if (at < 0) return null;
  ARKIME_HTTP.lastIndex = at;
  const call = ARKIME_HTTP.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) / 1000 };
}

// OpenFaaS' watchdog on each request it passed to its function (`GET / - 200 OK - ContentLength: 8B
// (49.0651s)`): the method and path, the status and its text, the size of the answer, then the seconds.
const WATCHDOG_REQUEST_MARK = ' - ContentLength: ';
const WATCHDOG_REQUEST = /(?:^|\s)(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,4096} - ([1-5]\d\d) [A-Za-z ]{1,40} - ContentLength: \d{1,12}(?:\.\d{1,6})?[kMGT]?i?B \((\d{1,9}(?:\.\d{1,9})?)s\)$/;

/** The status and time of a request OpenFaaS' watchdog logged, or null when the line is not one. */
export function readWatchdogRequest(line: string): AccessLogFields | null {
  if (line.indexOf(WATCHDOG_REQUEST_MARK) < 0) return null;
  const call = WATCHDOG_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) };
}

// Kube-OVN's CNI server on each response it wrote (`[2026-01-27T16:13:45+03:00] Outgoing response POST
// /api/v1/add with 500 status code in 30271ms`, behind a klog header at info): the method and path,
// the status, then the milliseconds.
const OUTGOING_RESPONSE_MARK = 'Outgoing response ';
const OUTGOING_RESPONSE = /\bOutgoing response (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,4096} with ([1-5]\d\d) status code in (\d{1,12}(?:\.\d{1,6})?)ms\b/;

/** The status and time of a response Kube-OVN's CNI server logged, or null when the line is not one. */
export function readOutgoingResponse(line: string): AccessLogFields | null {
  if (line.indexOf(OUTGOING_RESPONSE_MARK) < 0) return null;
  const response = OUTGOING_RESPONSE.exec(line);
  return response === null ? null : { status: Number(response[1]), seconds: Number(response[2]) / 1000 };
}

// Synapse's federation client closing a request (`Completed request: 200 OK in 550.70 secs,
// got 11 bytes - PUT matrix-federation://...`): the status and time come before the request.
const COMPLETED_REQUEST = /\bCompleted request: ([1-5]\d\d)(?: [A-Za-z' -]{0,40})? in (\d{1,9}(?:\.\d{1,6})?) secs\b/;

/** The status and duration of a federation client's completed request, or null when the line is not one. */
export function readCompletedRequest(line: string): AccessLogFields | null {
  if (line.indexOf('Completed request: ') < 0) return null;
  const done = COMPLETED_REQUEST.exec(line);
  return done === null ? null : { status: Number(done[1]), seconds: Number(done[2]) };
}

// A request logger's line once a request ended, as pino's pretty printers write it (Directus: `✨
// request completed GET 200 /items/x 35ms`, `request errored GET 500 /extensions/x.js 1m`): the
// method, the status, the route, and the time it took ending the line.
const PRETTY_REQUEST = /\brequest (?:completed|errored) (?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) ([1-5]\d\d) \S{1,4096} (\d{1,9}(?:\.\d{1,6})?)(ms|s|m|h)$/;

/** The status and duration of a request a pretty-printed request logger wrote, or null when the line is not one. */
export function readPrettyRequest(line: string): AccessLogFields | null {
  if (line.indexOf('request completed ') < 0 && line.indexOf('request errored ') < 0) return null;
  const call = PRETTY_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) * UNIT_SECONDS[call[3]!]! };
}

// OpenFaaS' gateway forwarding a call to a function, with the function's status and the time it
// took (`Forwarded [POST] to /function/fn - [500] - 120.004119s seconds`), at the end of the line.
const FORWARDED_REQUEST = / Forwarded \[[A-Z]{3,10}\] to \S{1,2000} - \[([1-5]\d\d)\] - (\d{1,9}(?:\.\d{1,9})?)s seconds$/;

/** The status and duration of a call the OpenFaaS gateway forwarded, or null when the line is not one. */
export function readForwardedRequest(line: string): AccessLogFields | null {
  if (!line.endsWith('s seconds') || line.indexOf('Forwarded [') < 0) return null;
  const call = FORWARDED_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) };
}

// An Elasticsearch client's log of a request it made (the Ruby transport, as Fluentd's output
// writes it: `POST https://es:9200/_bulk [status:200, request:939.370s, query:0.003s]`; the
// Python client: `GET http://es:9200/x/_search [status:200 request:0.004s]`): the status the
// cluster answered and the seconds the request took. A request with no answer (`status:N/A`)
// is not read here.
const SEARCH_CLIENT_REQUEST = /\b[A-Z]{3,10} \S{1,4096} \[status:([1-5]\d\d),? request:(\d{1,9}(?:\.\d{1,9})?)s(?:, query:[\d.]{1,20}s)?\]/;

/** The status and duration of a request an Elasticsearch client logged, or null when the line is not one. */
export function readSearchClientRequest(line: string): AccessLogFields | null {
  if (line.indexOf('[status:') < 0) return null;
  const call = SEARCH_CLIENT_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) };
}

// Tornado's access log (Jupyter, KServe's model servers): `[I 210615 09:32:11 web:2243] 200 POST
// /v1/models/m:predict (127.0.0.1) 60060.80ms`, the status first and the milliseconds last.
const TORNADO_REQUEST = /^\[[DIWE] \d{6} \d{2}:\d{2}:\d{2} web:\d{1,6}\] ([1-5]\d\d) [A-Z]{3,10} \S{1,4096} \([^()\s]{1,128}\) (\d{1,9}(?:\.\d{1,3})?)ms$/;

/** The status and duration of a request Tornado logged, or null when the line is not one. */
export function readTornadoRequest(line: string): AccessLogFields | null {
  if (line.indexOf('web:') < 0) return null;
  const call = TORNADO_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) / 1000 };
}

// Request logs that end with the method, the route, the status and the time taken: Ray Serve's
// (`... replica.py:230 - GET /predict 200 12.3ms`) and the request loggers of Node frameworks
// such as Hono's (`--> POST /v1/messages 500 301s`), in milliseconds or seconds; a request its
// client gave up on reads `CANCELLED` where the code would be, counted as nginx counts one (499).
const SERVE_REQUEST = /(?:^|\s)(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,4096} ([1-5]\d\d|CANCELLED) (\d{1,9}(?:\.\d{1,3})?)(ms|s)$/;
// Express' morgan in its `dev` layout (`GET /styles/x/2/2/2.png 503 30036.901 ms - 16`: the time,
// then the size) and its `tiny` layout (`GET /data/x.pbf 200 7050 - 4.013 ms`: the size, then the
// time), the size `-` when none was sent.
const MORGAN_REQUEST =
  /(?:^|\s)(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,4096} ([1-5]\d\d) (?:(\d{1,9}(?:\.\d{1,3})?) ms - (?:\d{1,15}|-)|(?:\d{1,15}|-) - (\d{1,9}(?:\.\d{1,3})?) ms)$/;

/** The status and duration a request log line ends with, or null when the line is not one. */
export function readServeRequest(line: string): AccessLogFields | null {
  // Cheap refusal: the line ends with a digit then `s` or `ms` (many lines end in a plural), or,
  // in morgan's `dev` layout, with a size or `-` right after ` ms - ` (read from the line's last
  // space back, not over the whole line: most lines end in a digit).
  const last = line.charCodeAt(line.length - 1);
  if (last !== 115) {
    if (!isDigit(last) && last !== 45) return null;
    return line.startsWith(' ms -', line.lastIndexOf(' ') - 5) ? readMorgan(line) : null;
  }
  const unit = line.charCodeAt(line.length - 2);
  if (unit !== 109 && !isDigit(unit)) return null;
  // ` ms` after a space: morgan's `tiny` layout.
  if (unit === 109 && line.charCodeAt(line.length - 3) === 32) return readMorgan(line);
  const call = SERVE_REQUEST.exec(line);
  if (call === null) return null;
  const seconds = call[3] === 's' ? Number(call[2]) : Number(call[2]) / 1000;
  return { status: call[1] === 'CANCELLED' ? 499 : Number(call[1]), seconds };
}

function readMorgan(line: string): AccessLogFields | null {
  const call = MORGAN_REQUEST.exec(line);
  if (call === null) return null;
  return { status: Number(call[1]), seconds: Number(call[2] ?? call[3]) / 1000 };
}

// A request logged once answered, with the status and the time it took after the route, the time
// ending the line or followed by the handler: Gitea's and Gogs' router (`router: completed GET
// /api/x for 10.0.0.1:0, 200 OK in 317276.7ms @ web/x.go:16(web.X)`) and Octokit's request log
// (`PUT /repos/o/r/contents/x.zip - 504 in 11158ms`).
const ANSWERED_REQUEST = /(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S{0,4096}(?: for \S{1,256},| -) ([1-5]\d\d)(?: [A-Z][A-Za-z' -]{0,40}?)? in (\d{1,9}(?:\.\d{1,6})?)(ms|s)(?:$| @ )/y;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The status and duration of a request logged once answered, or null when the line is not one. */
export function readAnsweredRequest(line: string): AccessLogFields | null {
  // Cheap refusals: the line ends with the time's unit or the handler's closing parenthesis,
  // and holds ` in ` followed by a digit (the time taken).
  const last = line.charCodeAt(line.length - 1);
  if (last !== 115 && last !== 41) return null;
  let at = line.indexOf(' in ');
  while (at >= 0 && !isDigit(line.charCodeAt(at + 4))) at = line.indexOf(' in ', at + 4);
  if (at < 0) return null;
  // The expression is tried only where a method starts a word: tried at every position of a
  // long line, its alternatives would cost more than the line's other readers together.
  for (const method of ROUTE_MARKS) {
    for (let at = line.indexOf(method); at >= 0; at = line.indexOf(method, at + 1)) {
      if (at > 0 && line.charCodeAt(at - 1) !== 32 && line.charCodeAt(at - 1) !== 9) continue;
      ANSWERED_REQUEST.lastIndex = at;
      const call = ANSWERED_REQUEST.exec(line);
      if (call !== null) return { status: Number(call[1]), seconds: call[3] === 's' ? Number(call[2]) : Number(call[2]) / 1000 };
    }
  }
  return null;
}

// The request log of Python's httpx client, written at info for every request with the status
// the server answered (`HTTP Request: POST https://api.example/v1/run "HTTP/1.1 504 Gateway
// Timeout"`): the status is a field, whatever level the line states.
const HTTPX_REQUEST = /\bHTTP Request: [A-Z]{3,10} \S{1,4096} "HTTP\/[\d.]{1,5} ([1-5]\d\d)(?: [A-Za-z' -]{0,40})?"$/;

/** The status of a request httpx logged, or null when the line is not one. */
export function readHttpxRequest(line: string): AccessLogFields | null {
  if (line.indexOf('HTTP Request: ') < 0) return null;
  const call = HTTPX_REQUEST.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: null };
}

// The Deis Workflow router's access log (nginx with its own format): `[time] - app - client -
// user - status - "request" - bytes - "referer" - "agent" - "server" - upstream - host -
// upstream time - request time`, the status fifth and the request's seconds last.
const DEIS_ROUTER = /^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\] - \S{1,256} - \S{1,64} - \S{1,256} - ([1-5]\d\d) - "[A-Z]{3,10} [^"]{0,4096}" - .{0,8192} - (\d{1,9}(?:\.\d{1,6})?)$/;

/** The status and seconds of a request the Deis router logged, or null when the line is not one. */
export function readDeisRouterLog(line: string): AccessLogFields | null {
  if (line.charCodeAt(0) !== 91 || line.indexOf('] - ') < 0) return null;
  const call = DEIS_ROUTER.exec(line);
  return call === null ? null : { status: Number(call[1]), seconds: Number(call[2]) };
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
// reached); Ta, the last, is the whole request. Fields may be padded (as copied from a terminal).
const HAPROXY = /\] \S{1,128} \S{1,256} -?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/-?\d{1,9}\/\+?(\d{1,9}) {1,8}([1-5]\d\d) {1,8}\d{1,15} /;

/** The status and total time of an HAProxy HTTP log line, or null when the line is not one. */
export function readHaproxyLog(line: string): AccessLogFields | null {
  const open = line.indexOf('] ');
  if (open < 0 || line.indexOf('/', open) < 0) return null;
  const entry = HAPROXY.exec(line.slice(open, open + 800));
  return entry === null ? null : { status: Number(entry[2]), seconds: Number(entry[1]) / 1000 };
}
