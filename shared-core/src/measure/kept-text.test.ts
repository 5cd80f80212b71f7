import { describe, expect, it } from 'vitest';
import { keptText } from './kept-text';

describe('keptText', () => {
  it('is the same text, empty text included', () => {
    const when = 'Mon 2026-03-30 09:00';
    expect(keptText(`for ${when}, 60 min after resolution`)).toBe(
      'for Mon 2026-03-30 09:00, 60 min after resolution',
    );
    expect(keptText('')).toBe('');
  });
});
