import { describe, expect, it } from 'vitest';
import { renderCsv, renderHtml, renderMarkdown } from './render';
import type { Report, ReportRow } from './report-data';

const row = (value: string, overrides: Partial<ReportRow> = {}): ReportRow => ({
  dimension: 'service',
  value,
  responses: 40,
  happiness: 12.5,
  happinessCi95: [1.2, 23.8],
  lostMinutesMean: 42,
  responseRate: 0.4,
  ...overrides,
});

const report: Report = {
  title: 'IT experience report for <Acme | "Oy">',
  range: { from: '2026-08-01', to: '2026-10-31' },
  customer: '<Acme | "Oy">',
  minimumSample: 10,
  overall: row('all tickets', { dimension: 'overall' }),
  segments: [
    row('VPN'),
    row('<img src=x onerror=alert(1)>', { happiness: null, happinessCi95: null, responses: 3 }),
  ],
  months: [{ month: '2026-08', ...row('2026-08', { dimension: 'overall' }) }],
  opportunities: [
    {
      rank: 1,
      explanation: 'service VPN: 40 tickets a month lose 95 minutes each',
      recoverableHoursPerMonth: 30,
    },
  ],
  initiatives: [
    {
      title: 'VPN </script> fix',
      status: 'measuring',
      verdict: 'improved',
      summary: 'Improved: happiness +20 points.',
    },
  ],
};

describe('report rendering', () => {
  it('writes CSV with a header and unrounded numbers', () => {
    const lines = renderCsv(report).trim().split('\n');
    expect(lines[0]).toBe(
      'dimension,value,responses,happiness,happiness_ci_low,happiness_ci_high,lost_minutes_mean,response_rate',
    );
    expect(lines[1]).toBe('overall,all tickets,40,12.5,1.2,23.8,42,0.4');
    expect(lines[3]).toBe('service,<img src=x onerror=alert(1)>,3,,,,42,0.4');
    expect(lines[4]).toBe('month,2026-08,40,12.5,1.2,23.8,42,0.4');
  });

  it('writes Markdown tables that say "not enough answers", escaping HTML and Markdown in every text', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('# IT experience report for &lt;Acme \\| "Oy"&gt;');
    expect(md).toContain('| VPN | 40 | 13 (1 to 24) | 42 | 40 % |');
    expect(md).toContain('| 3 | not enough answers |');
    expect(md).toContain('1. service VPN: 40 tickets a month lose 95 minutes each');
    expect(md).toContain('- **VPN &lt;/script&gt; fix** (measuring): Improved: happiness +20 points.');
    expect(md).not.toMatch(/<img|<\/script/);
  });

  it('neutralises formulas, bidi overrides and C1 controls in CSV and Markdown', () => {
    const hostile: Report = {
      ...report,
      segments: [
        row('=HYPERLINK("http://evil.example","x")'),
        row('@SUM(1)'),
        row('\u202Etxt.exe\u0085'),
        row('-2+3'),
      ],
      initiatives: [
        { ...report.initiatives[0], title: '+cmd|" /C calc"!A0 <b>x</b>' } as Report['initiatives'][number],
      ],
    };
    const csv = renderCsv(hostile);
    for (const line of csv.trim().split('\n').slice(1))
      expect(line.split(',')[1]).not.toMatch(/^"?[=+\-@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'@SUM(1)");
    expect(csv).toContain("'-2+3");
    expect(csv).not.toMatch(/[\u202E\u0085]/);
    const md = renderMarkdown(hostile);
    expect(md).toContain('- **\'+cmd\\|" /C calc"\\!A0 &lt;b&gt;x&lt;/b&gt;**');
    expect(md).toContain("| '=HYPERLINK\\(");
    expect(md).not.toMatch(/[\u202E\u0085]/);
  });

  it('writes one self-contained HTML file with the chart library inlined and every text escaped', () => {
    const html = renderHtml(report);
    expect(html).toContain('<title>IT experience report for &lt;Acme | &quot;Oy&quot;&gt;</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('VPN &lt;/script&gt; fix');
    // The chart library is inside the file: nothing is fetched.
    expect(html).toMatch(/Chart\.js v4/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    const data = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(data)).toMatchObject({
      months: ['2026-08'],
      services: [{ name: 'VPN', lost: 42 }, { name: '<img src=x onerror=alert(1)>' }],
    });
  });
});
