// Preloaded into benchmarked processes (node --import): at exit, append the process's peak
// resident set size in KiB to the file named by GHOST_BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const target = process.env['GHOST_BENCH_RSS_FILE'];
if (target) {
  process.on('exit', () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
}
