import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallError, call } from './call';
import { invoke } from './local-bridge';

const answer = (status: number, body: string, type = 'application/json') =>
  vi.stubGlobal('fetch', async () => new Response(body, { status, headers: { 'content-type': type } }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the local bridge', () => {
  it('passes the sandbox’s wire envelope on as it is, as a Forge resolver returns it', async () => {
    answer(200, '{"value":{"locale":"sv"}}');
    expect(await invoke('getInstrument')).toEqual({ value: { locale: 'sv' } });
    const refusal = { error: { status: 403, code: 'forbidden', message: 'No.', details: { why: 1 } } };
    answer(403, JSON.stringify(refusal));
    expect(await invoke('getDashboard')).toEqual(refusal);
  });

  it('makes an error of its own only when the answer is not JSON', async () => {
    answer(502, '<html>Bad gateway</html>', 'text/html');
    expect(await invoke('getDashboard')).toEqual({
      error: { status: 502, code: 'http-error', message: 'The sandbox answered 502.' },
    });
  });

  it('lets `call` unwrap a value and throw a refusal as a CallError', async () => {
    answer(200, '{"value":null}');
    expect(await call('getMyTicketSurvey')).toBeNull();
    answer(409, '{"error":{"status":409,"code":"conflict","message":"Changed meanwhile."}}');
    const thrown = await call('updateInitiative').catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(CallError);
    expect(thrown).toMatchObject({ status: 409, code: 'conflict', message: 'Changed meanwhile.' });
  });
});
