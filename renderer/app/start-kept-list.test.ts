import { describe, expect, it } from 'vitest';
import { startKeptList } from './start-kept-list';

describe('the kept list asked for as the app starts', () => {
  it('is the whole droplet list when the window opens on Droplets, whatever its search or sort', () => {
    for (const hash of ['', '#', '#/', '#/droplets', '#/droplets?q=web&sort=created&dir=desc', '#/droplets?droplet=3001', '#/nowhere', '#/droplets?tag=%20']) {
      expect(startKeptList(hash)).toEqual({ list: 'droplets' });
    }
  });

  it('is none for a tag’s list, which is not kept, nor for another area', () => {
    expect(startKeptList('#/droplets?tag=web')).toBeNull();
    expect(startKeptList('#/droplets?q=x&tag=web')).toBeNull();
    expect(startKeptList('#/images')).toBeNull();
    expect(startKeptList('#/accounts')).toBeNull();
  });
});
