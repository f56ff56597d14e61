// Field rules applied: a line in a format a reader recognises is judged by the fields the
// format defines (a pod row's STATUS, an access log's status and timing), with the tables in
// skills/line-format-skills.ts. Lines of no such format return null, and the phrase tables
// read their text.
import type { FailureType } from './failure-types.ts';
import { ACCESS_LOG_RULES, INFO_LEVEL_REPORTERS, POD_STATUS_RULES, type InfoLevelReporters, type PodStatusRule } from './line-format-skills.ts';
import { readAccessLog, readRequestFields, type AccessLogFields } from '../src/line-formats/access-log.ts';
import { readKlogHeader } from '../src/line-formats/klog.ts';
import { readPodRow, type PodRow } from '../src/line-formats/kubectl-table.ts';

/**
 * What the fields of a recognised line say: its failure class, or null for none. Access logs
 * and pod rows are judged by their fields alone; a logfmt or JSON request log only when its
 * status or duration names a failure.
 */
export interface FieldVerdict {
  format: 'access-log' | 'pod-row' | 'request-log';
  failure: FailureType | null;
  /** The severity the fields give the line. */
  severity: 'ERROR' | 'INFO';
}

export interface FieldTables {
  podStatus: readonly PodStatusRule[];
  accessLog: typeof ACCESS_LOG_RULES;
}

const TABLES: FieldTables = { podStatus: POD_STATUS_RULES, accessLog: ACCESS_LOG_RULES };

export function judgePodRow(row: PodRow, rules: readonly PodStatusRule[] = POD_STATUS_RULES): FailureType | null {
  const status = row.status.toLowerCase();
  for (const rule of rules) {
    if (rule.status !== status) continue;
    if (rule.minRestarts !== undefined && row.restarts < rule.minRestarts) continue;
    if (rule.maxRestarts !== undefined && row.restarts > rule.maxRestarts) continue;
    if (rule.noneReady && row.ready !== 0) continue;
    if (rule.minAgeSeconds !== undefined && row.ageSeconds < rule.minAgeSeconds) continue;
    return rule.failure;
  }
  return null;
}

export function judgeAccessLog(fields: AccessLogFields, rules: typeof ACCESS_LOG_RULES = ACCESS_LOG_RULES): FailureType | null {
  const byStatus = rules.statuses[fields.status];
  if (byStatus !== undefined) return byStatus;
  if (fields.seconds !== null && fields.seconds >= rules.slowSeconds) return 'HighLatency';
  return null;
}

/** The verdict of the line's fields, or null when no field reader recognises the line. */
export function judgeFields(line: string, tables: FieldTables = TABLES): FieldVerdict | null {
  const access = readAccessLog(line);
  if (access !== null) {
    const failure = judgeAccessLog(access, tables.accessLog);
    const severity = failure !== null || access.status >= tables.accessLog.errorFrom ? 'ERROR' : 'INFO';
    return { format: 'access-log', failure, severity };
  }
  const row = readPodRow(line);
  if (row !== null) {
    const failure = judgePodRow(row, tables.podStatus);
    return { format: 'pod-row', failure, severity: failure === null ? 'INFO' : 'ERROR' };
  }
  // A logfmt or JSON request log: its status and duration are read whatever level it states;
  // when they say nothing, its other fields (a router's error code) go to the phrase tables.
  const request = readRequestFields(line);
  if (request !== null) {
    const failure = judgeAccessLog(request, tables.accessLog);
    if (failure !== null) return { format: 'request-log', failure, severity: 'ERROR' };
  }
  return null;
}

/**
 * Whether a line at a stated info level comes from a speaker that reports cluster state at
 * that level (the klog source file, or a known reporter's header), so its wording is read.
 */
export function infoLevelReporter(line: string, reporters: InfoLevelReporters = INFO_LEVEL_REPORTERS): boolean {
  const klog = readKlogHeader(line);
  if (klog !== null) return reporters.klogFiles.includes(klog.file);
  return reporters.headers.some((header) => header.test(line));
}
