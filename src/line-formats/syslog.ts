// Syslog and journal prefixes: RFC 3164 (`Mar  3 10:00:00 host prog[pid]: msg`, with or
// without its `<PRI>`), `journalctl -o short`, `short-precise`, `short-iso` and
// `short-iso-precise` (the same layout with other timestamps), and RFC 5424 (`<34>1
// 2003-10-11T22:14:15.003Z host app procid msgid [sd] msg`). The prefix is written by the
// logging system: it names the program speaking (kubelet, containerd, dockerd, crio, kernel,
// systemd), and the body after it is what the program wrote.

export interface SyslogPrefix {
  /** The program as the prefix names it: `kubelet`, `containerd`, `kernel`. */
  program: string;
  /** What the program wrote. */
  body: string;
}

// RFC 3164 and journalctl: timestamp, host, program[pid]: body.
const BSD =
  /^(?:<\d{1,3}>)?(?:[A-Z][a-z]{2} [ \d]?\d \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})) \S{1,255} ([\w./@-]{1,64})(?:\[\d{1,10}\])?: ?(.*)$/;
// RFC 5424: <PRI>1 timestamp host app procid msgid structured-data body.
const RFC5424 = /^<\d{1,3}>1 \S{1,64} \S{1,255} (\S{1,48}) \S{1,128} \S{1,32} (?:-|(?:\[[^\]]{0,2000}\]){1,20}) ?(.*)$/;

/** The line's program and body, or null when it has no syslog or journal prefix. */
export function readSyslogPrefix(line: string): SyslogPrefix | null {
  // Cheap refusal: every prefix has a time of day, and the body follows a colon or `1 `.
  if (line.length < 16 || line.indexOf(':') < 0) return null;
  const first = line.charCodeAt(0);
  // `<`, a digit or an upper-case month.
  if (first !== 0x3c && (first < 0x30 || first > 0x39) && (first < 0x41 || first > 0x5a)) return null;
  // An upper-case letter opens a prefix only as a month's name: two lower-case letters and a space.
  if (first >= 0x41 && first <= 0x5a && !(isLower(line.charCodeAt(1)) && isLower(line.charCodeAt(2)) && line.charCodeAt(3) === 0x20)) return null;
  // A line opening with an ISO time (most application logs) is a journal line only when the
  // word after its host ends in `:` or `]:`, the program's tag: checked before the expression.
  if (first >= 0x30 && first <= 0x39 && !programTagFollows(line)) return null;
  const match = first === 0x3c && line.startsWith('1 ', line.indexOf('>') + 1) ? RFC5424.exec(line) : BSD.exec(line);
  if (match === null) return null;
  return { program: match[1]!, body: match[2]! };
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Whether the third word of the line (time, host, program) is a program's tag: a name of word
 * characters, `.`, `/`, `@` or `-` (at most 64), an optional `[pid]`, then the colon.
 */
function programTagFollows(line: string): boolean {
  const afterTime = line.indexOf(' ');
  if (afterTime < 0) return false;
  const afterHost = line.indexOf(' ', afterTime + 1);
  if (afterHost < 0) return false;
  const afterTag = line.indexOf(' ', afterHost + 1);
  let end = (afterTag < 0 ? line.length : afterTag) - 1;
  if (line.charCodeAt(end) !== 0x3a) return false;
  if (line.charCodeAt(end - 1) === 0x5d /* ] */) {
    const open = line.lastIndexOf('[', end - 1);
    if (open <= afterHost) return false;
    end = open;
  }
  const start = afterHost + 1;
  if (end - start < 1 || end - start > 64) return false;
  for (let i = start; i < end; i += 1) {
    const c = line.charCodeAt(i);
    const word = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
    if (!word && c !== 0x2e && c !== 0x2f && c !== 0x40 && c !== 0x2d) return false;
  }
  return true;
}
