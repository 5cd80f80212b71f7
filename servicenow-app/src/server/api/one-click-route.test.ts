import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { restRequest, restResponse } from '../../../test/app-scenario';
import { ensureKeyring } from '../stores/property-settings-store';
import { TABLE } from '../tables';
import { oneClickGet, oneClickPost } from './one-click-route';

describe('the one-click route', () => {
  it('answers "not ready" before the job made the keyring, and writes nothing', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    const seen = restResponse();
    oneClickGet(restRequest({ query: { token: 'x1.any.token' } }) as never, seen);
    expect(seen.sent.status).toBe(503);
    const posted = restResponse();
    oneClickPost(restRequest({ form: 'token=x1.any.token&score=9' }) as never, posted);
    expect(posted.sent.status).toBe(503);
    expect(instance.rows(TABLE.secret)).toHaveLength(0);
  });

  it('reads a form post from queryParams, never its body, and refuses one too large by its Content-Length', () => {
    freshInstance(() => Date.UTC(2026, 10, 2, 9));
    ensureKeyring();
    const forged = restResponse();
    // The stand-in throws, as the platform answers 500, if the route reads dataString of a form.
    oneClickPost(restRequest({ form: 'token=x1.forged.token&score=9' }) as never, forged);
    expect(forged.sent.status).toBe(400);
    const large = restResponse();
    oneClickPost(
      restRequest({ form: 'token=x1.forged.token&score=9', headers: { 'content-length': '70000' } }) as never,
      large,
    );
    expect(large.sent.status).toBe(413);
  });
});
