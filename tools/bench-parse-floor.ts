// The cost of reading a JSON Lines file at all: stream it, split lines, JSON.parse each one,
// nothing else. The benchmark compares observe and lab-run against this floor.
import { createReadStream } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: bench-parse-floor FILE.jsonl');
let records = 0;
let rest = '';
for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const text = rest + (chunk as string);
  let start = 0;
  let nl = text.indexOf('\n', start);
  while (nl !== -1) {
    if (nl > start) {
      JSON.parse(text.slice(start, nl));
      records += 1;
    }
    start = nl + 1;
    nl = text.indexOf('\n', start);
  }
  rest = text.slice(start);
}
if (rest.trim()) {
  JSON.parse(rest);
  records += 1;
}
process.stdout.write(`${records}\n`);
