import { describe, expect, it } from 'vitest';
import { runMain, type Io } from './cli.ts';
import { InputError } from './errors.ts';

function captureIo(): Io & { err: string; out: string } {
  const io = {
    err: '',
    out: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('runMain', () => {
  it('prints a user error that quotes multi-line input as exactly one stderr line', async () => {
    const io = captureIo();
    const code = await runMain(() => {
      throw new InputError('in.json', 'record 0', 'invalid JSON: Unexpected token, "{\n oops\n}" is not valid JSON');
    }, [], io);
    expect(code).toBe(1);
    expect(io.err).toBe('Error: in.json: record 0: invalid JSON: Unexpected token, "{\\n oops\\n}" is not valid JSON\n');
  });

  it('shows C1 controls, DEL and bidi overrides in an error line escaped', async () => {
    const io = captureIo();
    await runMain(() => {
      throw new InputError('in\u202e.json', 'record 0', 'label "\u009b2J\u007f" is unknown');
    }, [], io);
    expect(io.err).toBe('Error: in\\u202e.json: record 0: label "\\u009b2J\\u007f" is unknown\n');
  });

  it('rethrows an error that is not a user error, keeping its stack', async () => {
    const bug = new TypeError('undefined is not a function');
    await expect(runMain(() => {
      throw bug;
    }, [], captureIo())).rejects.toBe(bug);
  });
});
