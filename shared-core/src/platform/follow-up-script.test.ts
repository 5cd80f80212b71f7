import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADDRESS_BAR_SCRIPT, ADDRESS_BAR_SCRIPT_HASH } from '../measure/respond-page';
import { followUpScript } from './follow-up-script';

describe('followUpScript', () => {
  it('hashes the script as the page inlines it', () => {
    const hash = createHash('sha256').update('a("<\\/script>")').digest('base64');
    expect(followUpScript('a("</script>")')).toEqual({
      script: 'a("</script>")',
      policy: `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; script-src '${ADDRESS_BAR_SCRIPT_HASH}' 'sha256-${hash}'; connect-src 'self'`,
    });
  });

  it('knows the address-bar script by its true hash', () => {
    const hash = createHash('sha256').update(ADDRESS_BAR_SCRIPT).digest('base64');
    expect(ADDRESS_BAR_SCRIPT_HASH).toBe(`sha256-${hash}`);
  });
});
