import { describe, expect, it } from 'vitest';
import { columns } from './columns.ts';

describe('columns: a row trimmed, its padding collapsed, the last line kept', () => {
  it("gives each line its own columns when lines alternate, never the previous line's", () => {
    expect(columns('  web-0   0/1\tPending   0   5m ')).toBe('web-0 0/1 Pending 0 5m');
    expect(columns('node-1   NotReady   <none>   3d')).toBe('node-1 NotReady <none> 3d');
    expect(columns('  web-0   0/1\tPending   0   5m ')).toBe('web-0 0/1 Pending 0 5m');
    expect(columns('')).toBe('');
  });
});
