// The flags every streaming command shares, read once for all of them.
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.ts';
import { parseStreamInput, STREAM_FLAGS } from './input-options.ts';
import { parseFlags } from './cli.ts';

const parse = (argv: string[]) => {
  const { values, positionals } = parseFlags('observe', argv, { ...STREAM_FLAGS }, true);
  return parseStreamInput('observe', values, positionals);
};

describe('parseStreamInput', () => {
  it('passes on only the flags given, so a reader keeps its own defaults', () => {
    expect(parse(['capture.log'])).toEqual({ input: 'capture.log', follow: false, read: { follow: false } });
  });

  it('reads every stream flag into the reader options', () => {
    const got = parse(['--format', 'cri', '--max-record-bytes', '4096', '--target', 'prod/Pod/api-1', '--follow', '-']);
    expect(got).toEqual({
      input: '-',
      follow: true,
      read: { follow: true, format: 'cri', maxRecordBytes: 4096, target: { namespace: 'prod', kind: 'Pod', name: 'api-1' } },
    });
  });

  it.each([
    [['--format', 'xml', 'a.log'], '--format must be one of'],
    [['--max-record-bytes', '0', 'a.log'], '--max-record-bytes must be'],
    [['--target', 'nope', 'a.log'], '--target must be'],
    [['a.log', 'b.log'], 'expected one input file'],
  ])('refuses %j naming the command and the flag', (argv, words) => {
    expect(() => parse(argv)).toThrow(UsageError);
    expect(() => parse(argv)).toThrow(new RegExp(`^observe: ${words}`));
  });
});
