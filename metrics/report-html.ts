// The HTML report: one self-contained page (inline CSS and SVG, no scripts, nothing fetched)
// drawn from ReportData. Each section opens with one line on how to read it.
import { esc } from './svg.ts';
import { barChart, distributionChart, historyChart, quantile, timelineChart, type HistoryRun } from './svg-charts.ts';
import { TARGETS } from './report-data.ts';
import type { ClassBlock, ReportData, TimelineBlock } from './report-types.ts';

const CSS = `
body { font: 14px/1.45 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 860px; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 28px 0 4px; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
h3 { font-size: 14px; margin: 16px 0 4px; }
.how { color: #444; font-style: italic; margin: 2px 0 8px; }
.meta { color: #333; margin: 0; }
.empty { background: #f4f4f4; border-left: 4px solid #767676; padding: 6px 10px; }
.missing { background: #fff8e6; border-left: 4px solid #E69F00; padding: 6px 10px 6px 28px; margin: 12px 0; }
.pass { color: #0072B2; font-weight: 700; white-space: nowrap; }
.fail { color: #D55E00; font-weight: 700; white-space: nowrap; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0; }
code { background: #f4f4f4; padding: 0 3px; }
@media print { body { max-width: none; padding: 0; } svg.chart, table, .empty { break-inside: avoid; } h2, h3, .how { break-after: avoid; } }
`;

const pct = (share: number) => `${Math.round(share * 100)}%`;
const pctTick = (v: number) => `${Math.round(v * 100)}%`;

/** A duration in ms in the unit a reader expects: µs below 1 ms, seconds from 1000 ms. */
export function formatMs(ms: number): string {
  if (ms === 0) return '0';
  if (ms < 1) return `${Number((ms * 1000).toPrecision(3))} µs`;
  if (ms < 1000) return `${Number(ms.toPrecision(3))} ms`;
  return `${Number((ms / 1000).toPrecision(3))} s`;
}

/** Escaped text with `code` spans set as code. */
function prose(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function section(id: string, title: string, how: string, body: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2><p class="how">How to read it: ${esc(how)}</p>${body}</section>`;
}

const empty = (text: string) => `<p class="empty">${prose(text)}</p>`;
const verdict = (pass: boolean | null) =>
  pass === null ? 'not recorded' : pass ? '<span class="pass">✓ PASS</span>' : '<span class="fail">✗ FAIL</span>';

function harnessSection(data: ReportData): string {
  const how = 'one bar per experiment, the share of its checks met (a full bar is all of them); ✓ PASS or ✗ FAIL is the harness verdict.';
  if (!data.run || data.experiments.length === 0) {
    return section('harness', 'Latest harness run', how, empty('No harness run recorded in this database. Run `npm run harness` to record one.'));
  }
  const run = data.run;
  const versions = Object.entries(run.policy_versions).map(([k, v]) => `${esc(k)} <b>${esc(v)}</b>`).join(', ') || 'not recorded';
  const head = `<p class="meta">Run <code>${esc(run.run_id)}</code> at ${esc(run.created)}: ${verdict(run.harness_all_pass)}. Policy versions: ${versions}.</p>`;
  const chart = barChart({
    title: 'Experiments of the latest harness run',
    groups: data.experiments.map((e) => ({
      label: e.name,
      bars: [{ series: 'checks met', value: e.share ?? 0, target: 1, text: e.figure, pass: e.pass }],
    })),
    series: ['checks met'],
    domain: [0, 1],
    axisLabel: 'checks met (% of the experiment\u2019s checks; dashed line: target)',
    tickFormat: pctTick,
  });
  const rows = data.experiments
    .map((e) => `<tr><td>${esc(e.name)}</td><td>${esc(e.figure)}</td><td class="n">${e.share === null ? 'n/a' : pct(e.share)}</td><td>${verdict(e.pass)}</td></tr>`)
    .join('');
  const table = `<table><tr><th>experiment</th><th>figure</th><th>checks met</th><th>result</th></tr>${rows}</table>`;
  return section('harness', 'Latest harness run', how, head + chart + table);
}

function classChart(block: ClassBlock): string {
  if (block.classes.length === 0) return empty(`${block.experiment}: ${block.note ?? 'no classes'}`);
  const series = ['recall', 'precision', 'resolved'];
  const chart = barChart({
    title: `Detection quality per class, ${block.experiment}`,
    groups: block.classes.map((c) => ({
      label: c.failure_type,
      bars: [
        // A class the ground truth never expects has no recall to show, only its false alarms.
        c.expected === 0
          ? { series: 'recall', value: 0, target: null, text: 'recall n/a (none expected)' }
          : { series: 'recall', value: c.recall, target: TARGETS.recall, text: `recall ${pct(c.recall)} (${c.detected_right}/${c.expected})` },
        {
          series: 'precision',
          value: c.precision,
          target: TARGETS.precision,
          text: `precision ${pct(c.precision)}${c.false_positives ? ` (${c.false_positives} false alarm${c.false_positives === 1 ? '' : 's'})` : ''}`,
        },
        c.expected === 0
          ? { series: 'resolved', value: 0, target: null, text: 'resolved n/a' }
          : { series: 'resolved', value: c.resolved_share, target: TARGETS.resolved, text: `resolved ${c.resolved}/${c.expected}` },
      ],
    })),
    series,
    domain: [0, 1],
    axisLabel: 'share of the class\u2019s failures or alarms (%; dashed line: target 100%)',
    tickFormat: pctTick,
  });
  const withIncidents = block.classes.filter((c) => c.actions_per_incident !== null);
  const incidents =
    withIncidents.length === 0
      ? ''
      : barChart({
          title: `Actions per incident, ${block.experiment}`,
          groups: withIncidents.map((c) => ({
            label: c.failure_type,
            bars: [{ series: 'actions per incident', value: c.actions_per_incident ?? 0, target: TARGETS.actions_per_incident, text: (c.actions_per_incident ?? 0).toFixed(2) }],
          })),
          series: ['actions per incident'],
          domain: [0, Math.max(2, ...withIncidents.map((c) => Math.ceil(c.actions_per_incident ?? 0)))],
          axisLabel: 'actions per incident (count; dashed line: target 1)',
        });
  return `<h3>${esc(block.experiment)}</h3><p class="meta">Ground truth: ${esc(block.ground_truth)}</p>${chart}${incidents}`;
}

function classSection(data: ReportData): string {
  const how = 'three bars per class: recall (share of its failures found), precision (share of its alarms that were right), resolved (healed with the expected action and held); the dashed line is the target.';
  const body = data.per_class.length === 0 ? empty('No scored stream in this database: no harness stream experiment rows and no replay or lab run with ground truth.') : data.per_class.map(classChart).join('');
  return section('per-class', 'Detection quality per class', how, body);
}

function timelineChartFor(block: TimelineBlock): string {
  const meta = block.meta && typeof block.meta === 'object' ? Object.entries(block.meta as Record<string, unknown>).map(([k, v]) => `${esc(k)}: <code>${esc(JSON.stringify(v))}</code>`).join(', ') : '';
  const head = `<h3>${esc(block.experiment)}</h3><p class="meta">Recorded ${esc(block.recorded ?? 'at an unknown time')}${meta ? `; ${meta}` : ''}. ${block.guard_decisions_recorded ? '' : 'No guard decisions recorded.'}</p>`;
  if (block.points.length === 0) return head + empty(`${block.experiment} recorded no detections.`);
  const thinned = block.thinned ? `<p class="meta">A long run: ${esc(block.thinned)}.</p>` : '';
  return (
    head +
    thinned +
    timelineChart({
      title: `Timeline of ${block.experiment}`,
      lanes: block.lanes,
      points: block.points.map((p) => ({ lane: p.lane, x: p.x, mark: p.mark, title: p.detail })),
      axisLabel: block.x_axis,
    })
  );
}

function timelineSection(data: ReportData): string {
  const how = 'one row per failure class, left to right in the order of the input; dots are detections, triangles actions that held, crosses actions that did not, open diamonds actions a guard held back.';
  const body = data.timelines.length === 0 ? empty('No lab run or replay recorded: run `npm run lab-run -- --record FILE` or `npm run replay:external -- --data FILE --record`.') : data.timelines.map(timelineChartFor).join('');
  return section('timeline', 'Timeline of a lab run or replay', how, body);
}

function timingSection(data: ReportData): string {
  const how = 'each dot is one detection or action, on a log scale of time; the box holds the middle half and the bar inside it is the median; MTTR per heal is detect + decide + act; the dashed line is the human baseline, an estimate.';
  const t = data.timings;
  const rows = [
    { label: 'time to detect', values: t.detect_ms },
    { label: 'time to decide', values: t.decide_ms },
    { label: 'time to act', values: t.act_ms },
    { label: 'MTTR per heal', values: t.mttr_ms },
  ];
  if (rows.every((r) => r.values.length === 0)) return section('timing', 'Time to detect, decide and act', how, empty('No detection or outcome rows for this run.'));
  const chart = distributionChart({
    title: 'Time to detect, decide, act and MTTR',
    rows,
    domain: [0.001, 1_000_000],
    axisLabel: 'time per detection or action (log scale, µs to s)',
    reference: { value: t.human_baseline_ms, label: `${t.human_baseline_note.split(':')[0]} (estimate)` },
    tickFormat: formatMs,
  });
  const table = rows
    .map((r) => {
      const s = [...r.values].sort((a, b) => a - b);
      const cell = (v: number) => `<td class="n">${s.length ? formatMs(v) : 'n/a'}</td>`;
      return `<tr><td>${esc(r.label)}</td><td class="n">${s.length}</td>${cell(quantile(s, 0.5))}${cell(quantile(s, 0.95))}${cell(s[s.length - 1] ?? 0)}</tr>`;
    })
    .join('');
  const ledger = t.ledger_mttr
    ? ` The harness run's own figure (feedback ledger): median ${formatMs(t.ledger_mttr.median_ms)}, max ${formatMs(t.ledger_mttr.max_ms)}.`
    : '';
  const note = `<p class="meta">From ${esc(t.experiments.join(', ') || 'no experiments')}.${esc(ledger)} ${esc(capitalised(t.human_baseline_note))}.</p>`;
  return section('timing', 'Time to detect, decide and act', how, `${chart}<table><tr><th>measure</th><th>n</th><th>median</th><th>95th percentile</th><th>max</th></tr>${table}</table>${note}`);
}

function versionChange(prev: Record<string, string> | undefined, next: Record<string, string>): string | null {
  if (!prev) return null;
  const changes = Object.entries(next)
    .filter(([k, v]) => prev[k] !== v)
    .map(([k, v]) => `${k} ${prev[k] ?? 'new'}→${v}`);
  return changes.length ? changes.join(', ') : null;
}

/** "exp3 10/10 detected, 0 false alarms; ..." from a ledger entry's numbers; other numbers as key=value. */
export function keyFigures(figures: Record<string, number>): string {
  const parts: string[] = [];
  const used = new Set<string>();
  for (const key of Object.keys(figures).sort()) {
    const m = /^exp(\d+)_detected$/.exec(key);
    const total = m ? figures[`exp${m[1]}_total_injected`] : undefined;
    if (!m || total === undefined) continue;
    const fp = figures[`exp${m[1]}_false_positives`];
    parts.push(`exp${m[1]} ${figures[key]}/${total} detected${fp === undefined ? '' : `, ${fp} false alarms`}`);
    for (const k of [key, `exp${m[1]}_total_injected`, `exp${m[1]}_false_positives`]) used.add(k);
  }
  for (const [key, value] of Object.entries(figures).sort()) {
    if (!used.has(key)) parts.push(`${key}=${Number.isInteger(value) ? value : Number(value.toPrecision(3))}`);
  }
  return parts.join('; ');
}

function historySection(data: ReportData): string {
  const how = 'one column per harness run, oldest on the left; ✓ is a pass and ✗ a fail; a purple line marks a run whose policy versions changed.';
  if (data.history.length === 0) return section('history', 'History across runs', how, empty('The feedback ledger is empty: run `npm run harness`.'));
  const names = [...new Set(data.history.flatMap((h) => Object.keys(h.experiments)))].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
  const runs: HistoryRun[] = data.history.map((h, i) => ({
    label: h.created,
    cells: { harness: h.harness_all_pass, ...h.experiments },
    marker: versionChange(data.history[i - 1]?.policy_versions, h.policy_versions),
  }));
  const chart = historyChart({ title: 'Harness results across runs', rows: ['harness', ...names], runs });
  const recent = data.history.slice(-10).reverse();
  const rows = recent
    .map((h) => {
      const chosen = data.run?.run_id === h.run_id ? ' (shown)' : '';
      const versions = Object.entries(h.policy_versions).map(([k, v]) => `${esc(k)} ${esc(v)}`).join('<br>');
      return `<tr><td><code>${esc(h.run_id.slice(0, 8))}</code>${chosen}</td><td>${esc(h.created)}</td><td>${h.problem ? esc(h.problem) : verdict(h.harness_all_pass)}</td><td>${esc(keyFigures(h.figures))}</td><td>${versions}</td></tr>`;
    })
    .join('');
  const head = '<tr><th>run</th><th>recorded</th><th>result</th><th>key figures</th><th>policy versions</th></tr>';
  const caption = `<p class="meta">${data.history.length === 1 ? '1 run' : `${data.history.length} runs`} in the ledger; the table lists ${recent.length === 1 ? 'it' : `the latest ${recent.length}, latest first`}.</p>`;
  return section('history', 'History across runs', how, `${chart}${caption}<table>${head}${rows}</table>`);
}

export function renderReportHtml(data: ReportData): string {
  const missing = data.missing.length
    ? `<ul class="missing">${data.missing.map((m) => `<li>${prose(m)}</li>`).join('')}</ul>`
    : '';
  const title = data.run ? `GHOST report: ${data.run.harness_all_pass === false ? 'FAIL' : data.run.harness_all_pass ? 'PASS' : 'run'} ${data.run.created}` : 'GHOST report';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><h1>GHOST report</h1><p class="meta">From <code>${esc(data.database)}</code>.</p>${missing}
${harnessSection(data)}
${classSection(data)}
${timelineSection(data)}
${timingSection(data)}
${historySection(data)}
</body></html>
`;
}
