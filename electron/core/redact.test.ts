import { describe, expect, it } from 'vitest';
import { redact } from './redact';

const hex = 'f'.repeat(64);

describe('redact', () => {
  it.each([
    ['personal', `dop_v1_${hex}`],
    ['OAuth', `doo_v1_${hex}`],
    ['refresh', `dor_v1_${hex}`],
  ])('removes %s tokens wherever they appear', (_kind, token) => {
    const out = redact(`token=${token}; again "${token}"`);
    expect(out).not.toContain(hex);
    expect(out).toContain('[redacted]');
  });

  it('removes Authorization header values in several spellings', () => {
    for (const text of [
      'Authorization: Bearer abc.def-123',
      '{"authorization":"Bearer abc.def-123"}',
      "headers: { Authorization: 'Bearer abc.def-123' }",
      'authorization=abc.def-123',
    ]) {
      expect(redact(text)).not.toContain('abc.def-123');
    }
  });

  it('removes bearer credentials outside headers', () => {
    expect(redact('sent bearer xyz987 to the API')).toBe('sent Bearer [redacted] to the API');
  });

  it('leaves ordinary text alone', () => {
    const text = '[ipc] app.info answered in 3 ms for droplet web-01 (id 42)';
    expect(redact(text)).toBe(text);
  });
});
