import { check } from 'recheck';
import { readFileSync } from 'node:fs';
const v = JSON.parse(readFileSync('tools/recheck-verdicts.json','utf8'));
const params = v.options.params;
const t0 = Date.now(); let diff = 0, n = 0;
await Promise.all(Object.values(v.verdicts).map(async ({expression, verdict}) => {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(expression);
  const d = await check(m[1], m[2], params); n++;
  const got = d.status === 'safe' ? { status: 'safe', checker: d.checker } : d.status === 'vulnerable' ? { status: 'vulnerable', checker: d.checker, complexity: d.complexity.type, attack: d.attack.pattern } : { status: 'unknown', error: d.error.kind };
  if (JSON.stringify(got) !== JSON.stringify(verdict)) { diff++; console.log('DIFF', expression, JSON.stringify(got), JSON.stringify(verdict)); }
}));
console.log(n, 'checked', diff, 'differ', Date.now()-t0, 'ms');
const t1=Date.now(); const d = await check(String.raw`\/v2\/\S+\/manifests\/\S+?"?:\s*denied\b`, 'i', params); console.log(d.status, d.complexity?.type, d.attack?.pattern, Date.now()-t1);
process.exit(0);
