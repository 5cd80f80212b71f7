import { followUpScript } from '@xloop/shared-core/platform';
// The built follow-up (forge-app/ui: `node build.mjs follow-up`), as text: bundled into the function by build.mjs.
import script from '../../ui/follow-up/dist/follow-up.js?raw';

/** The rating component that replaces the web trigger's follow-up form in browsers with JavaScript. */
export const FOLLOW_UP = followUpScript(script);
