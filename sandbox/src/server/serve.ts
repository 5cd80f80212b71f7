import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export const DEFAULT_PORT = 4870;

/** Listens on 127.0.0.1 only: the sandbox trusts its callers, so it must never face a network. */
export function listen(
  app: Hono,
  port: number = DEFAULT_PORT,
): Promise<{ readonly url: string; close(): Promise<void> }> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolvePromise({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
