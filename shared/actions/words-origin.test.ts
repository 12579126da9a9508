import { describe, expect, it } from 'vitest';
import { originText } from './words';

// Kept apart from words.test.ts: the origin of tracked work, not its progress.
describe('originText', () => {
  it('says nothing about work the panel started with a plain click', () => {
    expect(originText({ type: 'reboot', startedByUser: true })).toBeUndefined();
  });

  it('says work found after a failed send was received, is followed, and was not sent again', () => {
    const text = originText({ type: 'reboot', startedByUser: true, foundAfter: 'connection' });
    expect(text).toBe(
      'The connection broke while the request was being sent, but DigitalOcean had received the Reboot request: ' +
        'the panel found it among DigitalOcean’s latest actions and follows it. It was not sent again.',
    );
    expect(originText({ type: 'snapshot', startedByUser: true, foundAfter: 'server' })).toMatch(/^DigitalOcean answered with an error, but DigitalOcean had received the Snapshot request/);
    expect(originText({ type: 'reboot', startedByUser: true, foundAfter: 'timeout' })).toMatch(/^DigitalOcean did not answer in time/);
  });

  it('says work noticed on the account was started elsewhere', () => {
    expect(originText({ type: 'snapshot', startedByUser: false })).toMatch(/^Started elsewhere \(.*\): the panel noticed it on the account\.$/);
  });
});
