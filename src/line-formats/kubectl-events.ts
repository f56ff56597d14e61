// Kubernetes Event rows as kubectl prints them: `kubectl get events` (LAST SEEN, TYPE, REASON,
// OBJECT, MESSAGE, after a NAMESPACE column with -A; kubectl before 1.14: LASTSEEN FIRSTSEEN
// COUNT NAME KIND SUBOBJECT TYPE REASON SOURCE MESSAGE) and the Events table of `kubectl
// describe` (Type, Reason, Age, From, Message; before 1.10: FirstSeen LastSeen Count From
// SubObjectPath Type Reason Message). TYPE and REASON are written by the component that
// recorded the event; the object's name is data and is never read.
import { columns } from './columns.ts';

export interface EventRow {
  /** `Normal` or `Warning`. */
  type: string;
  /** As recorded: `FailedScheduling`, `BackOff`, `Evicted`. */
  reason: string;
  /** The event's message, without the object, age and source columns. */
  message: string;
}

// The columns before TYPE, one layout per alternative, then TYPE and REASON; the rest is read
// by the layout's own expression below. Padding is collapsed to single spaces first. An age is
// `5m`, `2m13s`, `3d4h` or `<unknown>`, with the repeat count of an aggregated event (`3m (x5
// over 10m)`); a recording component `default-scheduler`, `kubelet, node-1` or `{kubelet node-1}`.
//   1: `kubectl get events`: [NAMESPACE] LAST SEEN;
//   2: old `kubectl get events`: LASTSEEN FIRSTSEEN COUNT NAME KIND [SUBOBJECT];
//   3: old `kubectl describe`: FirstSeen LastSeen Count From [SubObjectPath];
//   4: `kubectl describe`: no columns before Type.
const ROW =
  /^(?:((?:[a-z0-9][\w.-]{0,62} )?(?:\d+[smhdy](?:\d+[smh])?|<unknown>|<invalid>)(?: \(x\d+ over \S+\))?) |((?:\d+[smhdy](?:\d+[smh])?|<unknown>|<invalid>)(?: \(x\d+ over \S+\))? (?:\d+[smhdy](?:\d+[smh])?|<unknown>|<invalid>)(?: \(x\d+ over \S+\))? \d+ \S+ [A-Z][A-Za-z]+(?: \S+)?) |((?:\d+[smhdy](?:\d+[smh])?|<unknown>|<invalid>)(?: \(x\d+ over \S+\))? (?:\d+[smhdy](?:\d+[smh])?|<unknown>|<invalid>)(?: \(x\d+ over \S+\))? \d+ (?:\{[^{}]{0,200}\}|[\w.-]+(?:, [\w.-]+)?)(?: \S+)?) |)(Normal|Warning) ([A-Z][A-Za-z]{1,80}) (.+)$/;
// After REASON: `kubectl get events` has OBJECT (kind/name), old get events SOURCE, describe
// Age and From; old describe has the message itself.
const AFTER_GET = /^[a-z][\w.-]{0,80}\/\S+ (.+)$/;
const AFTER_OLD_GET = /^(?:\{[^{}]{0,200}\}|[\w.-]+(?:, [\w.-]+)?) (.+)$/;
const AFTER_DESCRIBE = /^(?:\d+[smhdy](?:\d+[smh])?|<unknown>|<invalid>)(?: \(x\d+ over \S+\))? (?:\{[^{}]{0,200}\}|[\w.-]+(?:, [\w.-]+)?) (.+)$/;

/** The row's TYPE, REASON and MESSAGE, or null when the line is not an event row. */
export function readEventRow(line: string): EventRow | null {
  // Cheap refusal: every layout has its TYPE column.
  if (line.length > 4000 || (line.indexOf('Warning') < 0 && line.indexOf('Normal') < 0)) return null;
  const row = ROW.exec(columns(line));
  if (row === null) return null;
  const rest = row[6]!;
  let message: RegExpExecArray | null;
  if (row[1] !== undefined) message = AFTER_GET.exec(rest);
  else if (row[2] !== undefined) message = AFTER_OLD_GET.exec(rest);
  else if (row[3] === undefined) message = AFTER_DESCRIBE.exec(rest);
  else return { type: row[4]!, reason: row[5]!, message: rest };
  if (message === null) return null;
  return { type: row[4]!, reason: row[5]!, message: message[1]! };
}

// client-go's event recorder writing an event into a component's own log (klog's `event.go`,
// or a JSON log's msg): `Event(v1.ObjectReference{Kind:"Pod", ...}): type: 'Warning' reason:
// 'FailedScheduling' 0/3 nodes are available...`. The object reference is never read.
const RECORDED = /^\}\): type: '(Normal|Warning)' reason: '([A-Za-z]{1,128})' ?/;
// The cloud node lifecycle controller of some releases passed its message where the reason goes and the
// reason at the end of the message (`type: 'Normal' reason: 'Deleting node x because it does not exist in
// the cloud provider' Node x event: DeletingNode`, older ones `Deleting Node x because it's not present according
// to cloud provider`): a reason holds no space, so those are read swapped.
const RECORDED_SWAPPED = /^\}\): type: '(Normal|Warning)' reason: '([^ \n]{1,128} [^\n]{1,900}?)' [A-Z][A-Za-z]{1,40} \S{1,253} event: ([A-Za-z]{1,128})$/;

/** The TYPE, REASON and message of an event a component's log recorded, or null. */
export function readRecordedEvent(line: string): EventRow | null {
  const at = line.indexOf("}): type: '");
  if (at < 0) return null;
  const rest = line.slice(at);
  const event = RECORDED.exec(rest);
  if (event !== null) return { type: event[1]!, reason: event[2]!, message: rest.slice(event[0].length) };
  const swapped = RECORDED_SWAPPED.exec(rest);
  return swapped === null ? null : { type: swapped[1]!, reason: swapped[3]!, message: swapped[2]! };
}
