import { createHash } from 'node:crypto';
import { followUpPolicy, inlineScript } from '@xloop/shared-core';
// The built follow-up (forge-app/ui: `node build.mjs follow-up`), as text: bundled into the function by build.mjs.
import script from '../../ui/follow-up/dist/follow-up.js?raw';

/** A script for the one-click page and the Content-Security-Policy that allows exactly it. */
export interface FollowUpScript {
  readonly script: string;
  readonly policy: string;
}

/**
 * The policy for a script as the core's page inlines it: its `sha256-…` hash, computed once at module load.
 * @example withPolicy('go()').policy // "…; script-src 'sha256-…'; connect-src 'self'"
 */
export function withPolicy(text: string): FollowUpScript {
  const hash = createHash('sha256').update(inlineScript(text), 'utf8').digest('base64');
  return { script: text, policy: followUpPolicy(`sha256-${hash}`) };
}

/** The rating component that replaces the web trigger's follow-up form in browsers with JavaScript. */
export const FOLLOW_UP = withPolicy(script);
