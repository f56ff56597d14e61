// Levels that end the process stating them: a logging library's fatal level exits once the line is
// written (logrus' and zap's `Fatal`, klog's `F`), and Go's `panic: ` opens what a crashing program
// prints last. Which layouts state such a level is policy (PROCESS_EXIT_LEVELS in
// skills/line-format-skills.ts); this only reads them.

/** A fatal level as one format writes it: a substring every such line holds, and its layout. */
export interface ExitLevel {
  /** Compared as written (the formats write their level in one case). */
  mark: string;
  layout: RegExp;
}

/** Whether `line` states one of `levels`. Each layout runs only on a line holding its mark. */
export function statesExitLevel(line: string, levels: readonly ExitLevel[]): boolean {
  for (const { mark, layout } of levels) if (line.indexOf(mark) >= 0 && layout.test(line)) return true;
  return false;
}
