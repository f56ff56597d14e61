// `nomad job status` and `nomad alloc status` allocation rows: ID, [Eval ID,] Node ID, Task
// Group, [Version,] Desired, Status, Created, Modified. IDs are eight hex digits; Desired is
// run, stop or evict; Status is what the client reports. The task group's name is not read.

export interface AllocRow {
  /** `run`, `stop` or `evict`. */
  desired: string;
  /** `pending`, `running`, `complete`, `failed`, `lost` or `unknown`. */
  status: string;
}

// Read after padding is collapsed to single spaces.
const ALLOC_ROW = /^[0-9a-f]{8} [0-9a-f]{8} (?:[0-9a-f]{8} )?\S{1,128} (?:\d{1,9} )?(run|stop|evict) (pending|running|complete|failed|lost|unknown)(?: |$)/;
const PADDING = /[ \t]+/g;

/** The row's Desired and Status, or null when the line is not an allocation row. */
export function readAllocRow(line: string): AllocRow | null {
  // Cheap refusal: a short row that opens with an eight-digit hex ID.
  if (line.length > 400) return null;
  const trimmed = line.trim();
  if (trimmed.length < 30 || trimmed.charCodeAt(8) !== 32 && trimmed.charCodeAt(8) !== 9) return null;
  const row = ALLOC_ROW.exec(trimmed.replace(PADDING, ' '));
  return row === null ? null : { desired: row[1]!, status: row[2]! };
}
