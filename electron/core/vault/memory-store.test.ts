import { describe, expect, it } from 'vitest';
import { createMemorySecretStore } from './memory-store';

describe('createMemorySecretStore', () => {
  it('keeps one secret per account until deleted, and is always available', async () => {
    const store = createMemorySecretStore();
    await store.set('a', 'one');
    await store.set('b', 'two');
    await store.set('a', 'three');
    await expect(store.get('a')).resolves.toBe('three');
    await expect(store.delete('a')).resolves.toBe(true);
    await expect(store.delete('a')).resolves.toBe(false);
    await expect(store.get('a')).resolves.toBeUndefined();
    await expect(store.get('b')).resolves.toBe('two');
    await expect(store.availability()).resolves.toEqual({ available: true });
  });

  it('shares nothing between stores', async () => {
    const first = createMemorySecretStore();
    await first.set('a', 'one');
    await expect(createMemorySecretStore().get('a')).resolves.toBeUndefined();
  });
});
