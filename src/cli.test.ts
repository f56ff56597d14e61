import { describe, expect, it } from 'vitest';
import { oneLine, runMain, type Io } from './cli.ts';
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

describe('oneLine', () => {
  it('escapes line breaks and other control characters', () => {
    expect(oneLine('a\nb\r\nc\td\u0000e\u001bf\u2028g')).toBe('a\\nb\\r\\nc\\td\\u0000e\\u001bf\\u2028g');
  });

  it('leaves ordinary text, quotes and non-ASCII letters alone', () => {
    expect(oneLine('record 3: "message" must be a string, got number (café)')).toBe(
      'record 3: "message" must be a string, got number (café)',
    );
  });
});

describe('runMain', () => {
  it('prints a user error that quotes multi-line input as exactly one stderr line', async () => {
    const io = captureIo();
    const code = await runMain(() => {
      throw new InputError('in.json', 'record 0', 'invalid JSON: Unexpected token, "{\n oops\n}" is not valid JSON');
    }, [], io);
    expect(code).toBe(1);
    expect(io.err).toBe('Error: in.json: record 0: invalid JSON: Unexpected token, "{\\n oops\\n}" is not valid JSON\n');
  });

  it('rethrows an error that is not a user error, keeping its stack', async () => {
    const bug = new TypeError('undefined is not a function');
    await expect(runMain(() => {
      throw bug;
    }, [], captureIo())).rejects.toBe(bug);
  });
});
