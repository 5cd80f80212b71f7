import { Box, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const page = xcss({ padding: 'space.200', color: 'color.text', backgroundColor: 'elevation.surface' });

/** The frame of every screen: the page's landmark and its surface colour, so dark mode covers the whole frame. */
export function Screen({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Box as="main" xcss={page} aria-label={label}>
      {children}
    </Box>
  );
}
