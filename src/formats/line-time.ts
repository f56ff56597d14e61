// Event time stated at the start of a plain-text line. Only prefixes that carry a full date
// are read (RFC 3339 / ISO 8601 as most loggers and collectors write it, Go's log package
// `2006/01/02 15:04:05`, either in square brackets): a syslog or klog header has no year, and
// guessing one from the wall clock would make a replay decide differently from the live loop.
// Read by hand, character by character: every text line comes here, and most lines of a
// container log open with such a time.

const ZERO = 48;

/** The two-digit number at `at`, or -1. */
function two(line: string, at: number): number {
  const a = line.charCodeAt(at) - ZERO;
  const b = line.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/**
 * The event time (epoch seconds) a text line states at its start, or undefined when it
 * states none. A time with no zone is read as UTC, never in the machine's zone.
 */
export function leadingEventTime(line: string): number | undefined {
  let at = line.charCodeAt(0) === 91 /* [ */ ? 1 : 0;
  const hi = two(line, at);
  const lo = two(line, at + 2);
  if (hi < 0 || lo < 0) return undefined;
  const year = hi * 100 + lo;
  at += 4;
  const sep = line.charCodeAt(at);
  if (sep !== 45 /* - */ && sep !== 47 /* / */) return undefined;
  const month = two(line, at + 1);
  if (line.charCodeAt(at + 3) !== sep) return undefined;
  const day = two(line, at + 4);
  const t = line.charCodeAt(at + 6);
  if (t !== 84 /* T */ && t !== 116 /* t */ && t !== 32) return undefined;
  const hour = two(line, at + 7);
  const minute = two(line, at + 10);
  const second = two(line, at + 13);
  if (line.charCodeAt(at + 9) !== 58 || line.charCodeAt(at + 12) !== 58) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  at += 15;
  let fraction = 0;
  const mark = line.charCodeAt(at);
  if ((mark === 46 /* . */ || mark === 44 /* , */) && isDigit(line.charCodeAt(at + 1))) {
    at += 1;
    let digits = 0;
    let scale = 1;
    while (digits < 9 && isDigit(line.charCodeAt(at))) {
      scale /= 10;
      fraction += (line.charCodeAt(at) - ZERO) * scale;
      at += 1;
      digits += 1;
    }
  }
  let offset = 0;
  const zone = line.charCodeAt(at);
  if (zone === 90 /* Z */ || zone === 122 /* z */) {
    at += 1;
  } else if (zone === 43 /* + */ || zone === 45 /* - */) {
    const oh = two(line, at + 1);
    const colon = line.charCodeAt(at + 3) === 58 ? 1 : 0;
    const om = two(line, at + 3 + colon);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return undefined;
    offset = (zone === 43 ? 1 : -1) * (oh * 3600 + om * 60);
    at += 5 + colon;
  }
  const next = line.charCodeAt(at);
  if (isDigit(next) || next === 58 /* : */) return undefined;
  // 31 February and the like are not dates.
  if (day > daysIn(year, month)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 + fraction - offset;
}
