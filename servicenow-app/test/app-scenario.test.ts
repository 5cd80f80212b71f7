import { describe, expect, it } from 'vitest';
import { callResolver } from '../src/server/api/call-route';
import { oneClickGet, oneClickPost } from '../src/server/api/one-click-route';
import { surveyMessageToSend } from '../src/server/delivery/message-at-rest';
import { runXLoopJob } from '../src/server/jobs/xloop-job';
import { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import { freshInstance } from './app-instance';
import { appScenario } from './app-scenario';
import { GlideRecord, instance } from './glide-stand-in';

describe('the app on the Glide stand-in: resolve, decide, invite, answer, roll up, show', () => {
  const result = appScenario({
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

  it('records each firing of the business rule and decides once', () => {
    expect(result.inboxAfterRule).toEqual(['resolved:new', 'resolved:new']);
    expect(result.writtenByRule).toEqual([0, 0, 0]);
    expect(result.decided).toEqual(['done:schedule', 'done:']);
  });

  it('sends one invitation in the requester’s language with eleven one-click links', () => {
    expect(result.events).toEqual(['x_xloop.survey.send:x_xloop_survey:u-anna:invitation']);
    expect(result.subject).toBe('Miten onnistuimme tiketissä INC0010001?');
    // The survey record keeps none of the links the e-mail carries.
    expect(result.storedLinksSigned).toBe(0);
    expect(result.linkCount).toBe(11);
  });

  it('records nothing when a mail scanner fetches all eleven links, and refuses an oversized form', () => {
    expect(result.scanned).toEqual(Array.from({ length: 11 }, () => 200));
    expect(result.responsesAfterScanner).toBe(0);
    expect(result.surveyAfterScanner).toBe('sent');
    expect(result.oversized).toBe(413);
  });

  it('takes the click and the tap, refuses a forged link and bad calls, changing nothing', () => {
    expect(result.click).toEqual({ status: 200, csp: expect.stringContaining("frame-ancestors 'none'") });
    expect(result.followUp).toBe(200);
    expect(result.forged).toBe(400);
    expect(result.responsesAfterForgery).toBe(1);
    expect(result.refusals).toEqual([400, 403, 404]);
    expect(result.survey.state).toBe('answered');
  });

  it('shows the agent the answer and the team’s counts, from rollups folded by the job', () => {
    expect(result.response).toEqual([
      { score: 9, factors: ['quick', 'kept-informed'], lostTimeMinutes: 8, comment: 'Kiitos', locale: 'fi' },
    ]);
    expect(result.team).toEqual({ name: 'Network', responses: 1 });
    expect(result.pendingChanges).toBe(0);
    expect(result.organisation).toMatchObject({ s9: '1', resolved: '1', sent: '1', answered: '1' });
    expect(result.runs[2]?.rollupChanges).toBeGreaterThan(0);
  });
});
