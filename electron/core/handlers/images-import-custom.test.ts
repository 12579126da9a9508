import { afterEach, describe, expect, it } from 'vitest';
import type { InFlightAction } from '../../../shared/action-types';
import type { Image } from '../../../shared/do-types';
import type { ImageRow } from '../../../shared/image-types';
import { fileBytesAt } from '../../../simulator/domain/files';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const urlOf = (name: string): string => `https://dl.example.com/${name}.qcow2`;

describe('an import sized by its file', () => {
  it('is estimated from its start once the account has imported before, by the size the file’s host gave', async () => {
    const core = (harness = await startObservedCore());
    const progressOf = async (key: string) => (await core.run<InFlightAction[]>('actions.tracked')).find((item) => item.key === key)?.progress;
    const ids: number[] = [];
    for (const name of ['alpine-a', 'alpine-b', 'alpine-c']) {
      const row = await core.run<ImageRow>('images.importCustom', { name, url: urlOf(name), region: 'nyc3' });
      const key = `image-import:${row.id}`;
      ids.push(row.id);
      // Nothing to go on for the account's first import; its size alone says nothing of the speed.
      if (name === 'alpine-a') expect(await progressOf(key)).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
      else expect(await progressOf(key)).toMatchObject({ kind: 'estimate', basis: 'learned' });
      await core.advanceUntil(() => core.settled.some((event) => event.action.key === key));
    }
    // The host's answer and DigitalOcean's later report agree on the file's size.
    const images = await Promise.all(ids.map((id) => core.run<Image>('images.get', { id })));
    expect(images.map((image) => image.size_gigabytes)).toEqual(
      ['alpine-a', 'alpine-b', 'alpine-c'].map((name) => Math.round(((fileBytesAt(urlOf(name)) ?? 0) / 1024 ** 3) * 100) / 100),
    );
  });

  it('waits for DigitalOcean’s report of the size when the file’s host says nothing', async () => {
    const core = (harness = await startObservedCore());
    const first = await core.run<ImageRow>('images.importCustom', { name: 'first', url: urlOf('first'), region: 'nyc3' });
    await core.advanceUntil(() => core.settled.some((event) => event.action.key === `image-import:${first.id}`));
    // A host that does not resolve gives no size: no estimate, though the account has learned imports.
    const dead = await core.run<ImageRow>('images.importCustom', { name: 'dead', url: 'https://dl.example.invalid/x.qcow2', region: 'nyc3' });
    const tracked = (await core.run<InFlightAction[]>('actions.tracked')).find((item) => item.key === `image-import:${dead.id}`);
    expect(tracked?.progress).toEqual({ kind: 'indeterminate', reason: 'size-unknown' });
  });
});
