// A table row's columns as the row readers read them: trimmed, each run of spaces and tabs
// one space. Several readers may test the same line in turn (pods, nodes, events, Nomad
// allocations), so the last line's result is kept and the work done once.

import { collapsePadding } from '../shape-groups.ts';

let lastLine: string | null = null;
let lastColumns = '';

/** The line trimmed, with padding runs collapsed to single spaces. */
export function columns(line: string): string {
  if (line !== lastLine) {
    lastColumns = collapsePadding(line).trim();
    lastLine = line;
  }
  return lastColumns;
}
