import { token } from '@atlaskit/tokens';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chartColours, resolveToken, useThemeVersion } from './chart-colours';

const variable = (name: Parameters<typeof token>[0]) => /var\((--[^,)]+)/.exec(token(name))?.[1] as string;

describe('chart colours', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('reads the theme’s value of a token from the page, for canvas drawing', () => {
    document.documentElement.style.setProperty(variable('color.chart.brand'), 'rgb(1, 2, 3)');
    expect(resolveToken('color.chart.brand')).toBe('rgb(1, 2, 3)');
    expect(chartColours().line).toBe('rgb(1, 2, 3)');
  });

  it('falls back to the token’s own default before a theme is loaded', () => {
    const fallback = /var\(--[^,]+,\s*(.+)\)$/.exec(token('color.chart.brand'))?.[1] ?? '';
    expect(resolveToken('color.chart.brand')).toBe(fallback);
  });

  it('counts theme changes, so charts redraw in the new theme’s colours', async () => {
    const { result } = renderHook(() => useThemeVersion());
    const before = result.current;
    act(() => document.documentElement.setAttribute('data-color-mode', 'dark'));
    await waitFor(() => expect(result.current).toBeGreaterThan(before));
    document.documentElement.removeAttribute('data-color-mode');
  });
});
