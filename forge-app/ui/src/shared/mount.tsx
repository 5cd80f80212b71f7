import { view } from '@forge/bridge';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@atlaskit/css-reset';

/** Mounts a screen in the page's `#root` with the user's theme (light or dark design tokens). */
export async function mount(screen: ReactNode): Promise<void> {
  // Without the theme the tokens fall back to light values; a failure to read it must not blank the screen.
  await view.theme.enable().catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(<StrictMode>{screen}</StrictMode>);
}
