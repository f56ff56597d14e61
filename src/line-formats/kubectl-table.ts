// `kubectl get pods` rows: NAME READY STATUS RESTARTS AGE, after a NAMESPACE column with -A,
// `-o wide` columns after the age, and RESTARTS as `4 (57s ago)` in newer kubectl. The NAME
// is whatever the pod was called: only READY, STATUS, RESTARTS and AGE are read.
import { columns } from './columns.ts';

export interface PodRow {
  ready: number;
  total: number;
  /** As printed: `Pending`, `CrashLoopBackOff`, `Init:Error`, `Init:0/1`. */
  status: string;
  restarts: number;
  /** The AGE column in seconds (`5m`, `2d3h`, `45s`). */
  ageSeconds: number;
}

// Columns are read after padding is collapsed to single spaces; READY is `x/y`, STATUS a word.
// A row may come after the time a capture stamped on it (`kubectl get pods -w | ts`: `Jul 15
// 17:36:28 web-1 0/1 Error 414 5d`, or an ISO time).
export const POD_ROW =
  /^(?:(?:[A-Z][a-z]{2} \d{1,2}|\d{4}-\d\d-\d\d)[ T]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)? )?(?:\S+ )?\S+ (\d+)\/(\d+) ([A-Za-z][^\s]*) (\d+)(?: \(\S+ ago\))? (\d+[smhdy](?:\d+[smh])?)(?: |$)/;
// READY, padded on both sides, within the first six columns (a capture's time, NAMESPACE and NAME
// before it at most): a line whose first READY-like column comes later is refused before its
// padding is collapsed.
const READY_COLUMN = /^\s*(?:\S+\s+){1,5}\d+\/\d+\s/;
const UNIT: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, y: 31536000 };

/** An AGE the row expression accepted (digits, then a unit, once or twice) in seconds. */
function ageSeconds(age: string): number {
  let total = 0;
  let digits = 0;
  for (const ch of age) {
    const unit = UNIT[ch];
    if (unit === undefined) digits = digits * 10 + Number(ch);
    else {
      total += digits * unit;
      digits = 0;
    }
  }
  return total;
}

/** The row's fields, or null when the line is not a `kubectl get pods` row. */
export function readPodRow(line: string): PodRow | null {
  // Cheap refusal: a row is short (a few hundred characters; with `-o wide --show-labels`, a
  // thousand or two) and has its READY column.
  if (line.length > 2000 || line.indexOf('/') < 0 || !READY_COLUMN.test(line)) return null;
  const match = POD_ROW.exec(columns(line));
  if (match === null) return null;
  return {
    ready: Number(match[1]),
    total: Number(match[2]),
    status: match[3]!,
    restarts: Number(match[4]),
    ageSeconds: ageSeconds(match[5]!),
  };
}

// `kubectl get nodes` rows: NAME STATUS ROLES AGE VERSION, `-o wide` columns after the
// version; kubectl before 1.12 had no ROLES column, before 1.6 no VERSION. STATUS is Ready,
// NotReady or Unknown, with `,SchedulingDisabled` on a cordoned node.

export interface NodeRow {
  /** `Ready`, `NotReady` or `Unknown`. */
  condition: string;
  /** The flags after the condition: `SchedulingDisabled`. */
  flags: readonly string[];
  ageSeconds: number;
}

// A version (`v1.27.3`, `v1.24.10-eks-48e63af`) follows the age, or the row ends there.
// STATUS, the second column, naming the Ready condition: tested on the line as it is, before its
// padding is collapsed.
const NODE_STATUS_SECOND = /^\s*\S+\s+(?:Ready|NotReady|Unknown)\b/;
// A ROLES column (kubectl 1.12 on) comes with a VERSION (1.6 on): a row that ends at its age has
// neither (a Tekton PipelineRun's `x Unknown Running 4m30s` is no node).
export const NODE_ROW = /^\S+ (Ready|NotReady|Unknown)((?:,[A-Za-z]+){0,3}) (?:\S+ (?=\d+[smhdy](?:\d+[smh])? v\d))?(\d+[smhdy](?:\d+[smh])?)(?: v\d+\.\d|$)/;

/** The row's fields, or null when the line is not a `kubectl get nodes` row. */
export function readNodeRow(line: string): NodeRow | null {
  // Cheap refusal: a row is short and its STATUS names the Ready condition.
  if (line.length > 600 || !NODE_STATUS_SECOND.test(line)) return null;
  const match = NODE_ROW.exec(columns(line));
  if (match === null) return null;
  return { condition: match[1]!, flags: match[2]!.split(',').filter((f) => f !== ''), ageSeconds: ageSeconds(match[3]!) };
}

// Member-cluster rows of a multi-cluster hub (Karmada's `kubectl get clusters`: NAME VERSION MODE
// READY AGE, the version absent while the hub has not heard from the cluster). A member cluster
// stands where a node stands: READY is the hub's Ready condition for it, True, False or Unknown.
const CLUSTER_ROW = /^\S{1,253} (?:v\d{1,4}\.\d{1,4}\S{0,80} )?(?:Push|Pull) (True|False|Unknown) (\d{1,6}[smhdy](?:\d{1,3}[smh])?)$/;
/** A member cluster's READY as the node Ready condition it stands for. */
const CLUSTER_CONDITION: Readonly<Record<string, string>> = { True: 'Ready', False: 'NotReady', Unknown: 'Unknown' };

/** The row's fields as a node row's, or null when the line is not a member-cluster row. */
export function readClusterRow(line: string): NodeRow | null {
  // Cheap refusal: a row is short and names its sync mode.
  if (line.length > 300 || (line.indexOf(' Push ') < 0 && line.indexOf(' Pull ') < 0)) return null;
  const match = CLUSTER_ROW.exec(columns(line));
  if (match === null) return null;
  return { condition: CLUSTER_CONDITION[match[1]!]!, flags: [], ageSeconds: ageSeconds(match[2]!) };
}

// Cluster API's rows of machines: a KubeadmControlPlane (`kubectl get kcp`: NAME [CLUSTER] INITIALIZED
// API-SERVER-AVAILABLE REPLICAS READY UPDATED UNAVAILABLE [AGE VERSION]) and a MachineDeployment
// while it scales (`kubectl get md`: NAME CLUSTER REPLICAS READY UPDATED UNAVAILABLE PHASE AGE
// VERSION), after a NAMESPACE column with -A. Releases before v1beta1 leave a count of zero empty, so
// a control plane's row may end after UPDATED; the counts are read where they stand.

export interface MachineRow {
  replicas: number;
  ready: number;
  updated: number;
  unavailable: number;
}

// An AGE, and a VERSION after it, may end either row.
const CONTROL_PLANE_ROW =
  /^(?:\S+ ){1,3}?(?:true|false) (?:true|false) (\d{1,6}) (\d{1,6})(?: (\d{1,6}))?(?: (\d{1,6}))?(?: \d{1,6}[smhdy](?:\d{1,6}[smh])?(?: v\d\S{0,80})?)?$/;
const MACHINE_DEPLOYMENT_ROW =
  /^(?:\S+ ){1,3}?(\d{1,6}) (\d{1,6}) (\d{1,6}) (\d{1,6}) (?:ScalingUp|ScalingDown)(?: \d{1,6}[smhdy](?:\d{1,6}[smh])?(?: v\d\S{0,80})?)?$/;

/** The row's counts, or null when the line is not a control plane's or a scaling MachineDeployment's row. */
export function readMachineRow(line: string): MachineRow | null {
  // Cheap refusal, before the padding is collapsed: a row is short and holds the control plane's two
  // conditions or the phase.
  if (line.length > 600 || (line.indexOf('true') < 0 && line.indexOf('false') < 0 && line.indexOf('Scaling') < 0)) return null;
  const row = columns(line);
  const match =
    (row.indexOf(' true ') >= 0 || row.indexOf(' false ') >= 0 ? CONTROL_PLANE_ROW.exec(row) : null) ??
    (row.indexOf(' Scaling') >= 0 ? MACHINE_DEPLOYMENT_ROW.exec(row) : null);
  if (match === null) return null;
  const count = (at: number) => (match[at] === undefined ? 0 : Number(match[at]));
  return { replicas: count(1), ready: count(2), updated: count(3), unavailable: count(4) };
}
