// Prometheus' text exposition format, one sample per line: `name{label="value",...} 0`, with
// an optional timestamp. The metric's name and labels say what is counted (`problem_counter
// {reason="OOMKilling"}`, `kube_pod_container_status_restarts_total{...}`); only the value says
// whether any of it happened.

export interface MetricSample {
  name: string;
  value: number;
}

// A name, its labels (quoted values, escapes allowed), the value, an optional timestamp.
const SAMPLE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]{0,200})\{((?:[^{}"]|"(?:[^"\\]|\\.){0,1000}"){0,2000})\} ([-+]?(?:\d{1,30}(?:\.\d{0,30})?(?:[eE][-+]?\d{1,4})?|NaN|[-+]?Inf))(?: -?\d{1,20})?$/;

/** The sample's name and value, or null when the line is not a labelled sample. */
export function readMetricSample(line: string): MetricSample | null {
  // Cheap refusal: a name opens the line and its labels close before the value.
  const first = line.charCodeAt(0) | 0x20;
  if (!((first >= 0x61 && first <= 0x7a) || first === 0x7f || line.charCodeAt(0) === 0x3a) || line.indexOf('} ') < 0) return null;
  const sample = SAMPLE.exec(line);
  if (sample === null) return null;
  return { name: sample[1]!, value: Number(sample[3]!.replace('Inf', 'Infinity')) };
}
