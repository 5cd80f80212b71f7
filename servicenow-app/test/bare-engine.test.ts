import { createHmac } from 'node:crypto';
import vm from 'node:vm';
import * as core from '@xloop/shared-core';
import { scenario } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { callResolver } from '../src/server/api/call-route';
import { oneClickGet, oneClickPost } from '../src/server/api/one-click-route';
import { surveyMessageToSend } from '../src/server/delivery/message-at-rest';
import { runXLoopJob } from '../src/server/jobs/xloop-job';
import { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import { freshInstance } from './app-instance';
import { type AppUnderTest, appScenario } from './app-scenario';
import { bareContext, loadBuiltModules } from './bare-app';
import { builtRecords, moduleContent } from './built-app';
import { GlideRecord, instance } from './glide-stand-in';

const records = builtRecords();
const CORE = 'src/server/core/xloop-core.js';

describe('the core exactly as the build emits it into sys_module, in a bare ES2021 engine', () => {
  const bundle = moduleContent(records, CORE);

  it('is one module of plain ES2021 without what ServiceNow disallows or lacks', () => {
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toMatch(/\bPromise\b/);
    expect(bundle).not.toMatch(/\bfunction\s*\*/);
    expect(bundle).not.toMatch(/\basync\s+(function|\()/);
    expect(bundle).not.toMatch(/new RegExp\([^)]*,\s*"[a-z]*u[a-z]*"\)/);
    expect(bundle).not.toMatch(/\\p\{/);
    expect(bundle).not.toMatch(/^import\s/m);
  });

  it('decides, signs with the core’s own HMAC, validates and scores exactly as the core does on Node', async () => {
    const context = bareContext();
    const { namespaces } = await loadBuiltModules(records, context, [CORE]);
    expect(
      vm.runInContext(
        "['Intl', 'fetch', 'require', 'process', 'setTimeout', 'setInterval', 'queueMicrotask', 'TextEncoder', 'Buffer'].filter((name) => typeof globalThis[name] !== 'undefined')",
        context,
      ),
    ).toEqual([]);
    context.XLoop = namespaces[CORE];
    context.hmacSha256 = (namespaces[CORE]?.scriptCrypto as { hmacSha256: unknown } | undefined)?.hmacSha256;
    const inBareEngine = JSON.parse(
      vm.runInContext(`JSON.stringify((${scenario.toString()})(XLoop, hmacSha256))`, context) as string,
    );
    const onNode = JSON.parse(
      JSON.stringify(
        scenario(core, (key: string, message: string) =>
          createHmac('sha256', key).update(message, 'utf8').digest('base64url'),
        ),
      ),
    );
    expect(inBareEngine).toEqual(onNode);
    expect(onNode).toMatchObject({
      token: true,
      tampered: 'bad-signature',
      happiness: { kind: 'scored', n: 31 },
    });
  });

  it('runs the whole app from its sys_module records there: the same loop, the same answers as on Node', async () => {
    const context = bareContext();
    const entries = [
      'src/server/ticket-events/record-ticket-event.ts',
      'src/server/jobs/xloop-job.ts',
      'src/server/api/one-click-route.ts',
      'src/server/api/call-route.ts',
      'src/server/delivery/message-at-rest.ts',
    ];
    const { namespaces, glide, modules } = await loadBuiltModules(records, context, entries);
    const built = (path: string, name: string) => namespaces[path]?.[name];
    // The instance set-up is test code; it declares the app's tables on the stand-in living in the bare context.
    const standIn = glide as unknown as { instance: typeof instance; GlideRecord: typeof GlideRecord };
    const inBareEngine = appScenario({
      recordTicketEvent: built(entries[0] as string, 'recordTicketEvent'),
      runXLoopJob: built(entries[1] as string, 'runXLoopJob'),
      oneClickGet: built(entries[2] as string, 'oneClickGet'),
      oneClickPost: built(entries[2] as string, 'oneClickPost'),
      callResolver: built(entries[3] as string, 'callResolver'),
      surveyMessageToSend: built(entries[4] as string, 'surveyMessageToSend'),
      GlideRecord: standIn.GlideRecord,
      instance: standIn.instance,
      freshInstance,
    } as AppUnderTest);
    const onNode = appScenario({
      recordTicketEvent,
      runXLoopJob,
      oneClickGet,
      oneClickPost,
      callResolver,
      surveyMessageToSend,
      GlideRecord,
      instance,
      freshInstance,
    });
    expect(modules).toContain(CORE);
    expect(inBareEngine).toEqual(onNode);
    expect(inBareEngine.response[0]?.score).toBe(9);
  });
});
