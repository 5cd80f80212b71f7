import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { markdownText, plainText, spreadsheetCell } from '@xloop/shared-core';
import { stringify } from 'csv-stringify/sync';
import type { Report, ReportRow } from './report-data';

const one = (value: number | null, digits = 0) => (value === null ? '' : value.toFixed(digits));
const score = (row: ReportRow) =>
  row.happiness === null
    ? 'not enough answers'
    : `${one(row.happiness)} (${one(row.happinessCi95?.[0] ?? null)} to ${one(row.happinessCi95?.[1] ?? null)})`;

/**
 * The report as CSV: one row per segment and month, numbers unrounded for spreadsheets. Text cells (segment values
 * are names people typed) cannot start a formula and carry no bidi overrides or control characters.
 */
export function renderCsv(report: Report): string {
  const rows = [
    ...[report.overall],
    ...report.segments,
    ...report.months.map((m) => ({ ...m, dimension: 'month' as const })),
  ];
  return stringify(
    rows.map((r) => ({
      dimension: spreadsheetCell(r.dimension),
      value: spreadsheetCell(r.value),
      responses: r.responses,
      happiness: r.happiness ?? '',
      happiness_ci_low: r.happinessCi95?.[0] ?? '',
      happiness_ci_high: r.happinessCi95?.[1] ?? '',
      lost_minutes_mean: r.lostMinutesMean ?? '',
      response_rate: r.responseRate ?? '',
    })),
    { header: true },
  );
}

const mdCell = markdownText;

/**
 * The report as Markdown tables. Every text from people (segment values, the title, initiative titles and summaries,
 * opportunity sentences) is escaped: no HTML, no Markdown marks, no formula start, no bidi overrides.
 */
export function renderMarkdown(report: Report): string {
  const table = (rows: readonly ReportRow[], first: string) =>
    [
      `| ${first} | responses | happiness (95 % CI) | lost min per ticket | response rate |`,
      '| --- | ---: | --- | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${mdCell(r.value)} | ${r.responses} | ${score(r)} | ${one(r.lostMinutesMean)} | ${r.responseRate === null ? '' : `${Math.round(r.responseRate * 100)} %`} |`,
      ),
    ].join('\n');
  const dims = [...new Set(report.segments.map((s) => s.dimension))];
  return [
    `# ${mdCell(report.title)}`,
    '',
    `${report.range.from} to ${report.range.to}. Happiness = % of 9–10 scores minus % of 0–6 scores; below ${report.minimumSample} answers a score is not shown.`,
    '',
    '## Overall',
    '',
    table([report.overall], 'scope'),
    '',
    '## By month',
    '',
    table(report.months, 'month'),
    ...dims.flatMap((d) => [
      '',
      `## By ${d}`,
      '',
      table(
        report.segments.filter((s) => s.dimension === d),
        d,
      ),
    ]),
    '',
    '## Where improving makes the biggest difference',
    '',
    ...(report.opportunities.length > 0
      ? report.opportunities.map((o) => `${o.rank}. ${mdCell(o.explanation)}`)
      : ['No segment stands out yet.']),
    ...(report.initiatives.length > 0
      ? [
          '',
          '## Initiatives',
          '',
          ...report.initiatives.map(
            (i) => `- **${mdCell(i.title)}** (${mdCell(i.status)}): ${mdCell(i.summary)}`,
          ),
        ]
      : []),
    '',
  ].join('\n');
}

const escapeHtml = (text: string) =>
  plainText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const chartLibrary = (): string => {
  const require = createRequire(import.meta.url);
  // The UMD build is not among the package's exports; it sits beside its entry point.
  return readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
};

/**
 * The report as one self-contained HTML file: tables and Chart.js charts (the library is inlined, so the file
 * reads offline). All text is escaped; the data reaches the charts as JSON that cannot close its script tag.
 */
export function renderHtml(report: Report): string {
  const data = JSON.stringify({
    months: report.months.map((m) => m.month),
    happiness: report.months.map((m) => m.happiness),
    lost: report.months.map((m) => m.lostMinutesMean),
    services: report.segments
      .filter((s) => s.dimension === 'service')
      .map((s) => ({ name: s.value, lost: s.lostMinutesMean, happiness: s.happiness })),
  }).replace(/</g, '\\u003c');
  const table = (rows: readonly ReportRow[], first: string) => `<table>
<thead><tr><th scope="col">${escapeHtml(first)}</th><th scope="col">Responses</th><th scope="col">Happiness (95 % CI)</th><th scope="col">Lost min per ticket</th><th scope="col">Response rate</th></tr></thead>
<tbody>${rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.value)}</th><td>${r.responses}</td><td>${escapeHtml(score(r))}</td><td>${one(r.lostMinutesMean)}</td><td>${r.responseRate === null ? '' : `${Math.round(r.responseRate * 100)} %`}</td></tr>`,
    )
    .join('\n')}</tbody></table>`;
  const dims = [...new Set(report.segments.map((s) => s.dimension))];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #172b4d; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; } th, td { border-bottom: 1px solid #dfe1e6; padding: .3rem .5rem; text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; } .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
</style></head>
<body><main>
<h1>${escapeHtml(report.title)}</h1>
<p>${report.range.from} to ${report.range.to}. Happiness = % of 9–10 scores minus % of 0–6 scores; below ${report.minimumSample} answers a score is not shown.</p>
${table([report.overall], 'Scope')}
<div class="charts">
<figure><canvas id="trend" role="img" aria-label="Happiness by month"></canvas><figcaption>Happiness by month</figcaption></figure>
<figure><canvas id="services" role="img" aria-label="Lost minutes per ticket by service"></canvas><figcaption>Lost minutes per ticket by service</figcaption></figure>
</div>
<h2>By month</h2>
${table(report.months, 'Month')}
${dims
  .map(
    (d) =>
      `<h2>By ${escapeHtml(d)}</h2>\n${table(
        report.segments.filter((s) => s.dimension === d),
        d,
      )}`,
  )
  .join('\n')}
<h2>Where improving makes the biggest difference</h2>
${report.opportunities.length > 0 ? `<ol>${report.opportunities.map((o) => `<li>${escapeHtml(o.explanation)}</li>`).join('')}</ol>` : '<p>No segment stands out yet.</p>'}
${report.initiatives.length > 0 ? `<h2>Initiatives</h2><ul>${report.initiatives.map((i) => `<li><strong>${escapeHtml(i.title)}</strong> (${escapeHtml(i.status)}): ${escapeHtml(i.summary)}</li>`).join('')}</ul>` : ''}
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${chartLibrary()}</script>
<script>
const data = JSON.parse(document.getElementById('report-data').textContent);
new Chart(document.getElementById('trend'), { type: 'line', data: { labels: data.months, datasets: [{ label: 'Happiness', data: data.happiness, spanGaps: true }] }, options: { scales: { y: { min: -100, max: 100 } } } });
new Chart(document.getElementById('services'), { type: 'bar', data: { labels: data.services.map((s) => s.name), datasets: [{ label: 'Lost minutes per ticket', data: data.services.map((s) => s.lost) }] } });
</script>
</body></html>
`;
}
