// CRI container log files (/var/log/pods/..., /var/log/containers/...): one
// `<RFC 3339 time> stdout|stderr F|P <text>` per line; `P` pieces are joined until the `F`
// that ends the line. A line without the prefix is read as plain text, so nothing is dropped.
import type { StreamRecord } from '../types.ts';
import { PartialLines, logLineRecord, parseCriLine } from './container-logs.ts';
import type { ValueReader } from './values.ts';

export class CriLines {
  readonly #values: ValueReader;
  readonly #partial = new PartialLines();
  /**
   * The time of the first piece of each stream's open line: fields, not a Map that gains and
   * loses an entry per line (see PartialLines).
   */
  readonly #times: Record<'stdout' | 'stderr', string | undefined> = { stdout: undefined, stderr: undefined };

  constructor(values: ValueReader) {
    this.#values = values;
  }

  line(raw: string, out: StreamRecord[]): void {
    this.#values.counted();
    const parsed = parseCriLine(raw);
    if (parsed === undefined) {
      const text = raw.trim();
      if (text) this.#values.push(logLineRecord(text, 'pod_log', undefined, undefined, undefined), out);
      return;
    }
    const { time, stream, full } = parsed;
    const text = raw.endsWith('\r') ? raw.slice(parsed.text, -1) : raw.slice(parsed.text);
    if (!full && this.#times[stream] === undefined) this.#times[stream] = time;
    const whole = this.#partial.add(stream, text, full);
    if (whole === undefined) return;
    const first = this.#times[stream] ?? time;
    this.#times[stream] = undefined;
    this.#emit(whole, first, stream, out);
  }

  end(out: StreamRecord[]): void {
    for (const [stream, text] of this.#partial.drain()) this.#emit(text, this.#times[stream as 'stdout' | 'stderr'], stream, out);
    this.#times.stdout = undefined;
    this.#times.stderr = undefined;
  }

  #emit(text: string, time: string | undefined, stream: string, out: StreamRecord[]): void {
    if (text.trim() === '') return;
    this.#values.push(logLineRecord(text, 'container_log', time, stream, undefined), out);
  }
}
