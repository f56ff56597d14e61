// Which reader a capture needs, from its first bytes. JSON framing: '[' an array, '{' followed
// by the rest of its line a JSON Lines file, '{' alone on its line a stream of pretty-printed
// objects (kubectl -o json). Text: a CRI log line, YAML (refused with a hint), or plain text.

export type Framing = 'json' | 'jsonl' | 'concat' | 'cri' | 'text' | 'yaml';

/** How far into the first line detection looks before deciding on what it has. */
const SNIFF_LIMIT = 256;

const CRI_START = /^\d{4}-\d\d-\d\dT\S+ (stdout|stderr) [FP]( |\r?$)/;
const YAML_START = /^(---\s*$|(apiVersion|kind|items|metadata|spec|status):( |$))/;

/**
 * The framing of input that starts at `bytes[0]` (a non-space byte), or undefined when more
 * bytes are needed to tell. `final` means there are no more.
 */
export function detectFraming(bytes: Uint8Array, final: boolean): Framing | undefined {
  const first = bytes[0];
  if (first === 0x5b) return 'json';
  if (first === 0x7b) {
    for (let i = 1; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x0a) return 'concat';
      if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return 'jsonl';
    }
    return final ? 'jsonl' : undefined;
  }
  const nl = bytes.indexOf(0x0a);
  if (nl === -1 && !final && bytes.length < SNIFF_LIMIT) return undefined;
  const end = nl === -1 ? Math.min(bytes.length, SNIFF_LIMIT) : Math.min(nl, SNIFF_LIMIT);
  const line = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8');
  if (CRI_START.test(line)) return 'cri';
  if (YAML_START.test(line)) return 'yaml';
  return 'text';
}
