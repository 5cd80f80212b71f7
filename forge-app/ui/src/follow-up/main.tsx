import reset from '@atlaskit/css-reset/dist/bundle.css?inline';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { enhanceFollowUp } from './enhance';

// The server page's own styles would fight the component's; they go once the component replaces the form. (The
// component's own compiled styles came in with this script, marked `data-follow-up`.)
const serverStyles = [...document.querySelectorAll('style:not([data-follow-up])')];
await setGlobalTheme({ colorMode: 'auto' }).catch(() => undefined);
if (await enhanceFollowUp(document, location.pathname)) {
  for (const element of serverStyles) element.remove();
  // One inline script, no stylesheet to fetch: the reset goes in as a style element, like the theme's.
  const style = document.createElement('style');
  style.textContent = reset;
  document.head.append(style);
}
