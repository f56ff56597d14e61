import { describe, expect, it } from 'vitest';
import { leadingEventTime } from './line-time.ts';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('leadingEventTime: the time a text line states at its start', () => {
  it.each([
    ['RFC 3339 with nanoseconds', '2024-03-01T10:00:00.123456789Z kubelet OOMKilled', 1709287200.1234567],
    ['Heroku, with an offset', '2013-12-12T20:13:14.376797+00:00 heroku[web.1]: Process exited with status 1', 1386879194.376797],
    ['an offset without a colon', '2024-03-01 10:00:00+0530 worker died', at('2024-03-01T04:30:00Z')],
    ["Go's log package", '2018/05/22 16:06:32.751737 [WARN] nomad.heartbeat: node TTL expired', 1527005192.751737],
    ['in square brackets, comma fraction', '[2024-03-01 10:00:00,123] ERROR request timed out', at('2024-03-01T10:00:00.123Z')],
  ])('reads %s', (_name, line, seconds) => {
    expect(leadingEventTime(line)).toBeCloseTo(seconds, 5);
  });

  it('reads a time with no zone as UTC, whatever the machine zone is', () => {
    expect(leadingEventTime('2024-03-01 10:00:00 OOMKilled')).toBe(at('2024-03-01T10:00:00Z'));
  });

  it.each([
    ['a klog header (no year)', 'I0412 10:00:00.123456    1234 kubelet.go:123] node not ready'],
    ['a syslog header (no year)', 'Mar  3 10:00:00 node1 kubelet[123]: PLEG is not healthy'],
    ['a date later in the line', 'pod failed at 2024-03-01T10:00:00Z'],
    ['month 13', '2024-13-01 10:00:00 x'],
    ['day 0', '2024-03-00 10:00:00 x'],
    ['a date without a time', '2024-03-01 deploy started'],
    ['seconds running into digits', '2024-03-01 10:00:001 x'],
    ['an empty line', ''],
  ])('states none for %s', (_name, line) => {
    expect(leadingEventTime(line)).toBeUndefined();
  });
});

describe('leadingEventTime refuses what is not a date', () => {
  it.each([
    ['31 February', '2024-02-31 10:00:00 x'],
    ['hour 24', '2024-03-01 24:00:00 x'],
    ['mixed separators', '2024-03/01 10:00:00 x'],
    ['a broken offset', '2024-03-01 10:00:00+5 x'],
    ['a year of three digits', '202-03-01 10:00:00 x'],
  ])('%s', (_name, line) => {
    expect(leadingEventTime(line)).toBeUndefined();
  });

  it('reads a leap day and a negative offset', () => {
    expect(leadingEventTime('2024-02-29T23:30:00-02:30 x')).toBe(Date.parse('2024-03-01T02:00:00Z') / 1000);
  });
});
