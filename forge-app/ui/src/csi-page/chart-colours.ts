import { token } from '@atlaskit/tokens';
import { useEffect, useState } from 'react';

/**
 * A design token's current value, for canvas drawing: Chart.js cannot read CSS variables, so the variable behind
 * `token(name)` is read from the document at draw time (light or dark, whichever theme is on). Before the theme's
 * CSS is loaded, the token's own fallback is used.
 * @example resolveToken('color.chart.brand') // '#1d7afc' in light, '#388bff' in dark
 */
export function resolveToken(name: Parameters<typeof token>[0]): string {
  const css = token(name);
  const match = /^var\((--[^,)]+)(?:,\s*(.+))?\)$/.exec(css.trim());
  if (!match) return css;
  const value = globalThis
    .getComputedStyle?.(document.documentElement)
    .getPropertyValue(match[1] as string)
    .trim();
  return value || (match[2] ?? '').trim();
}

/** The colours the CSI charts draw with, all resolved from design tokens. */
export function chartColours() {
  return {
    line: resolveToken('color.chart.brand'),
    band: resolveToken('color.background.accent.blue.subtler'),
    benchmark: resolveToken('color.chart.warning.bold'),
    bar: resolveToken('color.chart.categorical.1'),
    text: resolveToken('color.text.subtle'),
    grid: resolveToken('color.border'),
  };
}

/**
 * A number that changes whenever the page's theme changes (the `data-color-mode` / `data-theme` attributes on the
 * root element), so charts redraw with the new theme's colours.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => setVersion((n) => n + 1));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-color-mode', 'data-theme', 'style', 'class'],
    });
    return () => observer.disconnect();
  }, []);
  return version;
}
