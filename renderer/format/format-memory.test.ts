import { describe, expect, it } from 'vitest';
import { formatMemory } from './format-memory';

describe('formatMemory', () => {
  it('writes memory the way people read it', () => {
    expect(formatMemory(512)).toBe('512 MB');
    expect(formatMemory(16_384)).toBe('16 GB');
  });
});
