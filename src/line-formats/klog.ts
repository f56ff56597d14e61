// klog/glog headers: `I0107 17:56:34.809399   21132 kubelet_node_status.go:446] message`,
// at the start of a line or after a journal, syslog or CRI prefix. The header states a level
// (its first letter) and who is speaking (the source file: Go for klog, C++ for glog as Mesos
// writes it, `master.cpp:3175]`), both written by the component, not by whatever the message
// quotes. CockroachDB's variant (the date with its year, `W240405 03:48:34.856345 1464
// storage/node_liveness.go:523  [n1,hb] ...`, no `]` after the line) is read for its level only,
// by the severity rules (klogHeaderPattern): its source files name no speaker the tables know.
// Rancher's log viewer writes its own 12-hour time right before the header, with no blank between
// (`4/11/2017 12:17:55 AMF0411 05:17:55.247808       1 server.go:169] lost master`), and Docker's JSON log
// its `{"log":"` (`{"log":"F0204 20:51:24.842859       1 main.go:75] Failed to initialize sink ...\n",...}`).
// SeaweedFS' glog writes the time without its fraction (`I0317 16:27:37 22068
// topology_event_handling.go:57] ...`): the fraction is optional.

export interface KlogHeader {
  /** I, W, E or F. */
  severity: string;
  /** The source file, e.g. `kubelet_node_status.go` or `master.cpp`. */
  file: string;
  /** Where the header starts in the line. */
  index: number;
}

const HEADER = /(?:^|[\s:]|(?<=\d [AP]M)|(?<=^\{"log":"))([IWEF])\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{6})?\s+\d+ ([\w.-]{1,80}\.(?:go|cc|cpp)):\d+\] /;

// Cheap refusal: every header ends its location with `.go:`, `.cc:` or `.cpp:` and the line
// number (one search for the three costs about half of three substring searches).
const SOURCE_SUFFIX = /\.(?:go|cc|cpp):/;

/** The line's klog header, or null when it has none. */
export function readKlogHeader(line: string): KlogHeader | null {
  if (!SOURCE_SUFFIX.test(line)) return null;
  const match = HEADER.exec(line);
  if (match === null) return null;
  return { severity: match[1]!, file: match[2]!, index: match.index };
}
