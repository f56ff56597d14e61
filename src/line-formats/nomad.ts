// `nomad job status` and `nomad alloc status` allocation rows: ID, [Eval ID,] Node ID, Task
// Group, [Version,] Desired, Status, Created, Modified. IDs are eight hex digits; Desired is
// run, stop or evict; Status is what the client reports. The task group's name is not read.
import { columns } from './columns.ts';

export interface AllocRow {
  /** `run`, `stop` or `evict`. */
  desired: string;
  /** `pending`, `running`, `complete`, `failed`, `lost` or `unknown`. */
  status: string;
}

// Read after padding is collapsed to single spaces.
const ALLOC_ROW = /^[0-9a-f]{8} [0-9a-f]{8} (?:[0-9a-f]{8} )?\S{1,128} (?:\d{1,9} )?(run|stop|evict) (pending|running|complete|failed|lost|unknown)(?: |$)/;

/** The row's Desired and Status, or null when the line is not an allocation row. */
export function readAllocRow(line: string): AllocRow | null {
  // Cheap refusal: a short row that opens with an eight-digit hex ID and a blank.
  if (line.length > 400 || line.length < 30) return null;
  let at = 0;
  while (line.charCodeAt(at) === 32) at += 1;
  for (let end = at + 8; at < end; at += 1) {
    const c = line.charCodeAt(at);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return null;
  }
  if (line.charCodeAt(at) !== 32 && line.charCodeAt(at) !== 9) return null;
  const row = ALLOC_ROW.exec(columns(line));
  return row === null ? null : { desired: row[1]!, status: row[2]! };
}
