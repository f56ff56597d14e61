// The shape of the report's data (what `report --json` prints and the HTML page draws), and
// the row and column types the report's readers share.
export interface RunInfo {
  run_id: string;
  created: string;
  harness_all_pass: boolean | null;
  policy_versions: Record<string, string>;
  /** Whether results.db still holds this run's detection and outcome rows (only the latest run's are kept). */
  rows_available: boolean;
}

export interface ExperimentBar {
  name: string;
  pass: boolean | null;
  /** Share of the experiment's checks met, 0-1, when the run recorded one. */
  share: number | null;
  figure: string;
}

export interface ClassQuality {
  failure_type: string;
  expected: number;
  detected_right: number;
  false_positives: number;
  recall: number;
  precision: number;
  resolved: number;
  resolved_share: number;
  actions_per_incident: number | null;
}

export interface ClassBlock {
  experiment: string;
  ground_truth: string;
  /** Why there are no classes, when there are none. */
  note: string | null;
  classes: ClassQuality[];
}

export interface TimelinePointData {
  lane: string;
  x: number;
  mark: 'detection' | 'action-ok' | 'action-failed' | 'held';
  stream_index: number | null;
  detail: string;
}

export interface TimelineBlock {
  experiment: string;
  recorded: string | null;
  meta: unknown;
  x_axis: string;
  lanes: string[];
  points: TimelinePointData[];
  /** Marks the run recorded; more than `points` when a long run was thinned to MAX_TIMELINE_POINTS. */
  points_total: number;
  /** How the marks were thinned, or null when every mark is drawn. */
  thinned: string | null;
  guard_decisions_recorded: boolean;
}

export interface Timings {
  experiments: string[];
  detect_ms: number[];
  decide_ms: number[];
  act_ms: number[];
  /** Per heal: its detection's time plus its decide and act times (measured, as the harness reports it). */
  mttr_ms: number[];
  /** The harness run's own measured MTTR from the feedback ledger, when it recorded one. */
  ledger_mttr: { median_ms: number; max_ms: number } | null;
  human_baseline_ms: number;
  human_baseline_note: string;
}

export interface HistoryEntry {
  run_id: string;
  created: string;
  harness_all_pass: boolean | null;
  experiments: Record<string, boolean>;
  figures: Record<string, number>;
  policy_versions: Record<string, string>;
  /** Set when the payload could not be read. */
  problem: string | null;
}

export interface ReportData {
  database: string;
  run: RunInfo | null;
  experiments: ExperimentBar[];
  per_class: ClassBlock[];
  timelines: TimelineBlock[];
  timings: Timings;
  history: HistoryEntry[];
  /** One sentence per thing the database does not hold yet, with the command that records it. */
  missing: string[];
}

export interface ReportOptions {
  /** The database's path, for messages. */
  dbPath: string;
  /** A feedback-ledger run id; the latest run when absent. */
  runId?: string | undefined;
  /** Where the harness's ground truth lives (default: data/). */
  dataDir: string;
  /** The tables' columns, read beforehand when the connection may read rows only. */
  columns?: TableColumns;
}

/** A row as the database returns it, column name to value. */
export type Row = Record<string, unknown>;

/** The columns each of GHOST's tables has in this database (empty for a table it lacks). */
export type TableColumns = Readonly<Record<string, ReadonlySet<string>>>;
