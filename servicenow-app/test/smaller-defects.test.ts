import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { GlideSurveyStore } from '../src/server/stores/glide-survey-store';
import { TABLE } from '../src/server/tables';
import { freshInstance } from './app-instance';
import { builtRecords, recordsOf } from './built-app';
import { GlideRecord } from './glide-stand-in';

const records = builtRecords();

describe('the portal widget', () => {
  const [widget] = recordsOf(records, 'sp_widget');

  it('has a client script that parses as ES5, as widget client scripts are checked', () => {
    expect(() => parse(widget?.fields.client_script ?? '', { ecmaVersion: 5 })).not.toThrow();
  });

  it('says when there is no survey, announces changes, and moves the score with the arrow keys', () => {
    const template = widget?.fields.template ?? '';
    expect(template).toContain("c.text('survey.none')");
    expect(widget?.fields.client_script).toContain("'survey.none': 'There is no survey for this ticket.'");
    expect(template).toContain('aria-live="polite"');
    expect(template).toContain('role="alert"');
    expect(template).toContain('ng-keydown="c.keydown($event, s)"');
    expect(template).toContain('tabindex="{{c.tabIndex(s)}}"');

    // The keyboard handler, run as the widget runs it: arrows wrap round 0–10, Home and End jump.
    const controller = { data: {} } as Record<string, unknown>;
    const api: { controller?: (this: typeof controller, http: unknown) => void } = {};
    new Function('api', 'window', widget?.fields.client_script ?? '')(api, { g_ck: 'token' });
    api.controller?.call(controller, {});
    const c = controller as {
      answer: { score?: number };
      keydown(event: unknown, score: number): void;
      tabIndex(score: number): number;
    };
    const focus: number[] = [];
    const key = (name: string, at: number) =>
      c.keydown(
        {
          key: name,
          preventDefault: () => undefined,
          currentTarget: {
            parentNode: {
              querySelectorAll: () => Array.from({ length: 11 }, (_, i) => ({ focus: () => focus.push(i) })),
            },
          },
        },
        at,
      );
    expect(c.tabIndex(0)).toBe(0);
    key('ArrowLeft', 0);
    expect(c.answer.score).toBe(10);
    key('ArrowRight', 10);
    expect(c.answer.score).toBe(0);
    key('End', 0);
    expect(c.answer.score).toBe(10);
    expect(c.tabIndex(10)).toBe(0);
    expect(focus).toEqual([10, 0, 10]);
  });
});

describe('the agent page', () => {
  it('escapes the ticket parameter it writes into the page', () => {
    const html = readFileSync(new URL('../src/pages/agent-view/agent-view.html', import.meta.url), 'utf8');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Jelly's escaping syntax, not JavaScript's.
    expect(html).toContain('${HTML:jvar_ticket}');
    expect(html).not.toMatch(/\$\{jvar_/);
  });
});

describe('benign repeats', () => {
  it('log no unique-key violation: a repeated fact is looked for before it is inserted', () => {
    const instance = freshInstance();
    const store = new GlideSurveyStore();
    const suppression = {
      resolutionKey: 'servicenow:INC1@1',
      ticketId: 'servicenow:INC1',
      requesterId: 'u1',
      at: 1,
      reasons: [],
    };
    for (let i = 0; i < 3; i++) {
      store.suppress(suppression as never);
      store.recordReopening('servicenow:INC1', 5);
    }
    expect(instance.rows(TABLE.mark)).toHaveLength(2);
    expect(instance.logs.filter((line) => line.includes('Unique Key violation'))).toEqual([]);
    // The stand-in logs the database's refusal as the instance does, should a repeat get past the look-up.
    const raw = new GlideRecord(TABLE.mark);
    raw.initialize();
    raw.setValue('mark_key', `suppression:${suppression.resolutionKey}`);
    expect(raw.insert()).toBeNull();
    expect(instance.logs.filter((line) => line.includes('Unique Key violation'))).toHaveLength(1);
  });
});
