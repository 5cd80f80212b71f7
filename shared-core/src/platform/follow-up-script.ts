import { createHash } from 'node:crypto';
import { followUpPolicy, inlineScript } from '../measure/respond-page';

/** The one-click follow-up's script and the Content-Security-Policy that allows exactly it. */
export interface FollowUpScript {
  readonly script: string;
  readonly policy: string;
}

/**
 * The follow-up's script with the policy for it as the core's page inlines it: its `sha256-…` hash, on Node. Every
 * adapter that serves the one-click page computes it once, when it loads the script.
 * @example followUpScript('go()').policy // "…; script-src 'sha256-…'; connect-src 'self'"
 */
export function followUpScript(script: string): FollowUpScript {
  const hash = createHash('sha256').update(inlineScript(script), 'utf8').digest('base64');
  return { script, policy: followUpPolicy(`sha256-${hash}`) };
}
