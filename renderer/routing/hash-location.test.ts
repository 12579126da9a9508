import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigateHash, useHashPath, useHashSearch } from './hash-location';

afterEach(() => {
  window.location.hash = '';
});

describe('hash location with a query string', () => {
  it('splits the hash into the path routes match and the search screens read', () => {
    window.location.hash = '/droplets?q=web&droplet=3001';
    const { result } = renderHook(() => ({ path: useHashPath()[0], search: useHashSearch() }));
    expect(result.current).toEqual({ path: '/droplets', search: 'q=web&droplet=3001' });
    act(() => navigateHash('/images?tag=a', { replace: true }));
    expect(result.current).toEqual({ path: '/images', search: 'tag=a' });
    expect(window.location.search).toBe('');
  });
});
