import { existsSync, writeFileSync } from 'node:fs';
import { isDay, lastDays } from '@xloop/shared-core';
import { renderCsv, renderHtml, renderMarkdown } from '../report/render';
import { reportData } from '../report/report-data';
import { openSandbox } from '../sandbox-ports';
import { CliError } from './cli-error';

export interface ReportOptions {
  readonly format: 'html' | 'csv' | 'md';
  readonly out: string;
  readonly customer?: string;
  readonly db: string;
  readonly from?: string;
  readonly to?: string;
  readonly json?: boolean;
}

/** `xloop report`: a stakeholder report from the sandbox database, as HTML (with charts), CSV or Markdown. */
export function reportCommand(options: ReportOptions, print: (text: string) => void): void {
  if (!existsSync(options.db))
    throw new CliError(`There is no database at ${options.db}; run "xloop start" first or give --db.`);
  for (const bound of [options.from, options.to]) {
    if (bound !== undefined && !isDay(bound))
      throw new CliError(`--from and --to take days as YYYY-MM-DD, not "${bound}".`);
  }
  const ports = openSandbox(options.db);
  try {
    const today = new Date().toISOString().slice(0, 10);
    const last = lastDays(options.to ?? today, 90);
    const range = { from: options.from ?? last.from, to: options.to ?? last.to };
    if (range.from > range.to) throw new CliError('--from must not be after --to.');
    const report = reportData(ports, range, options.customer);
    const body =
      options.format === 'html'
        ? renderHtml(report)
        : options.format === 'csv'
          ? renderCsv(report)
          : renderMarkdown(report);
    writeFileSync(options.out, body);
    const summary = {
      out: options.out,
      format: options.format,
      range,
      customer: options.customer ?? null,
      responses: report.overall.responses,
    };
    print(
      options.json
        ? JSON.stringify(summary)
        : `Wrote ${options.format} report for ${range.from} to ${range.to} (${report.overall.responses} responses) to ${options.out}`,
    );
  } finally {
    ports.close();
  }
}
