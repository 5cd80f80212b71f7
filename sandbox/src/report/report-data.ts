import { type DayRange, type Report, settled, stakeholderReport } from '@xloop/shared-core';
import type { SandboxPorts } from '../sandbox-ports';

export type { Report, ReportRow } from '@xloop/shared-core';

/**
 * The stakeholder report of the sandbox database (one MSP customer's when `customer` is given), as the core builds
 * it; `render.ts` turns it into HTML, CSV or Markdown.
 * @example reportData(ports, { from: '2026-08-01', to: '2026-10-31' }, 'Acme').overall.responses // 42
 */
export function reportData(ports: SandboxPorts, range: DayRange, customer?: string): Report {
  return settled(stakeholderReport(ports, range, customer));
}
