import { describe, expect, it } from 'vitest';
import { readFrame } from './socket-messages';

describe('readFrame', () => {
  it('reads a call, leaving the request for dispatch to judge', () => {
    expect(readFrame(JSON.stringify({ type: 'call', id: 7, op: 'app.info', request: { anything: true } }))).toEqual({
      kind: 'call',
      call: { type: 'call', id: 7, op: 'app.info', request: { anything: true } },
    });
  });

  it('carries a call’s options, leaving them for dispatch to judge too', () => {
    expect(readFrame(JSON.stringify({ type: 'call', id: 8, op: 'droplets.get', request: { id: 1 }, options: { priority: 'visible' } }))).toEqual({
      kind: 'call',
      call: { type: 'call', id: 8, op: 'droplets.get', request: { id: 1 }, options: { priority: 'visible' } },
    });
  });

  it('answers a wrong shape through the id when there is one', () => {
    expect(readFrame(JSON.stringify({ id: 3, op: 'app.info', request: {} }))).toEqual({
      kind: 'invalid',
      id: 3,
      reason: "type must be 'call'",
    });
    expect(readFrame(JSON.stringify({ type: 'call', id: 4, op: 42 }))).toEqual({
      kind: 'invalid',
      id: 4,
      reason: 'op must be a string',
    });
  });

  it.each([
    ['not JSON', '{"type":'],
    ['no call id', '[1,2]'],
    ['no call id', 'null'],
    ['no call id', '{"type":"call","op":"app.info"}'],
    ['no call id', '{"type":"call","id":"1","op":"app.info"}'],
    ['no call id', '{"type":"call","id":-1,"op":"app.info"}'],
    ['no call id', '{"type":"call","id":1.5,"op":"app.info"}'],
  ])('gives up on a frame with %s: %s', (reason, text) => {
    expect(readFrame(text)).toEqual({ kind: 'unreadable', reason });
  });
});
