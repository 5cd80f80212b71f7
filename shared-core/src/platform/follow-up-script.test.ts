import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { followUpScript } from './follow-up-script';

describe('followUpScript', () => {
  it('hashes the script as the page inlines it', () => {
    const hash = createHash('sha256').update('a("<\\/script>")').digest('base64');
    expect(followUpScript('a("</script>")')).toEqual({
      script: 'a("</script>")',
      policy: `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; script-src 'sha256-${hash}'; connect-src 'self'`,
    });
  });
});
