import type { ReactNode } from 'react';

// Off-screen but read by screen readers: the text alternative of a chart.
const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export function VisuallyHidden({ children }: { readonly children: ReactNode }) {
  return <div style={hidden}>{children}</div>;
}
