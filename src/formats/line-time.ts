// Event time stated at the start of a plain-text line. Only prefixes that carry a full date
// are read (RFC 3339 / ISO 8601 as most loggers and collectors write it, Go's log package
// `2006/01/02 15:04:05`, either in square brackets): a syslog or klog header has no year, and
// guessing one from the wall clock would make a replay decide differently from the live loop.
import { parseEventTime } from './event-time.ts';

// Anchored, no nested repetition: one pass over at most ~40 characters.
const LEADING_DATE = /^\[?(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d{1,9}))?(Z|[+-]\d\d:?\d\d)?(?![\d:])/i;

/**
 * The event time (epoch seconds) a text line states at its start, or undefined when it
 * states none. A time with no zone is read as UTC, never in the machine's zone.
 */
export function leadingEventTime(line: string): number | undefined {
  const first = line.charCodeAt(0);
  // Cheap refusal: a digit or '[' must open the line.
  if (!((first >= 48 && first <= 57) || first === 91)) return undefined;
  const m = LEADING_DATE.exec(line);
  if (m === null) return undefined;
  const [, year, month, day, clock, fraction, zone] = m;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  const offset = zone === undefined || zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return parseEventTime(`${year}-${month}-${day}T${clock}${fraction === undefined ? '' : `.${fraction}`}${offset}`);
}
