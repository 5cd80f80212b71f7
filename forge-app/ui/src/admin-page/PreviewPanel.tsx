import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { PolicyPreview } from '@xloop/shared-core';
import { Problem } from '../shared/Problem';
import type { PreviewState } from './use-preview';

/** What the Forge app read of Jira's history for a preview (absent where the platform keeps its own history). */
interface HistoryCoverage {
  readonly requests: number;
  readonly issues: number;
  readonly complete: boolean;
  readonly from?: number;
  readonly to?: number;
}

const day = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** How far back the preview looked in Jira, and what it cost. */
function HistoryRead({ history }: { readonly history?: HistoryCoverage }) {
  if (!history) return null;
  const span =
    history.from !== undefined && history.to !== undefined
      ? ` from ${day(history.from)} to ${day(history.to)}`
      : '';
  return (
    <Text as="p" size="small" testId="preview-history">
      Read {history.issues} resolved issues{span} in {history.requests} Jira requests
      {history.complete ? '.' : ', not the whole period: the preview stops there to spare Jira’s rate limit.'}
    </Text>
  );
}

/** What each suppression reason of the core means, for an admin. */
export const REASON_LABELS: Readonly<Record<string, string>> = {
  'fatigue-min-days': 'Too soon after the requester’s last survey',
  'fatigue-max-per-30-days': 'Requester already had the most surveys in 30 days',
  'excluded-resolution': 'Resolution code excluded',
  'excluded-request-type': 'Request type excluded',
  'excluded-kind': 'Kind of ticket not surveyed',
  'service-account': 'Service account',
  'opted-out': 'Requester opted out',
  'requester-is-agent': 'Requester resolved their own ticket',
  'not-sampled': 'Outside the sample',
  'no-business-hours': 'No business hours to send in',
  reopened: 'Ticket reopened',
  superseded: 'A later resolution is surveyed instead',
};

// Read by screen readers, not shown: the bar column's header.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

const count = (n: number) => n.toLocaleString('en');

const bars = xcss({ width: '100%', borderCollapse: 'collapse' });
const track = xcss({
  width: '100%',
  minWidth: '6rem',
  height: '0.75rem',
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.small',
  overflow: 'hidden',
});
const bar = xcss({ height: '100%', backgroundColor: 'color.background.brand.bold' });
const numberCell = xcss({ textAlign: 'end', whiteSpace: 'nowrap', paddingInlineStart: 'space.100' });
const cell = xcss({ paddingBlock: 'space.050', verticalAlign: 'top', paddingInlineEnd: 'space.100' });
const headCell = xcss({ textAlign: 'start', paddingBlock: 'space.050', color: 'color.text.subtle' });
const barCell = xcss({ width: '60%' });
const figures = xcss({
  display: 'flex',
  flexWrap: 'wrap',
  gap: 'space.300',
  margin: 'space.0',
  paddingInline: 'space.0',
});
const figureValue = xcss({ margin: 'space.0', font: 'font.heading.small' });

/** A change against the saved settings' number, with its sign: "+338", "−12". */
function delta(edited: number, saved: number | undefined): string | undefined {
  if (saved === undefined || edited === saved) return undefined;
  return edited > saved ? `+${count(edited - saved)}` : `−${count(saved - edited)}`;
}

export interface PreviewPanelProps {
  readonly edited: PreviewState;
  readonly saved: PreviewState;
  /** The edited settings differ from the saved ones. */
  readonly changed: boolean;
  /** The edited settings have problems: the preview waits. */
  readonly invalid: boolean;
  onRun(): void;
}

/** "With these settings, the last 30 days would have sent N surveys, suppressed M": the policy replayed, not saved. */
export function PreviewPanel({ edited, saved, changed, invalid, onRun }: PreviewPanelProps) {
  const base = saved.state === 'ready' && changed ? saved.value : undefined;
  return (
    <Box as="section" aria-labelledby="preview-heading">
      <Stack space="space.200">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Heading size="small" as="h2" id="preview-heading">
            Preview
          </Heading>
          <Button onClick={onRun} isDisabled={invalid}>
            Preview
          </Button>
        </Inline>
        <Text as="p" color="color.text.subtle" size="small">
          The timing rules replayed over the tickets of the last 30 days, with the settings as edited. Nothing
          is saved or sent.
        </Text>
        {invalid ? (
          <SectionMessage appearance="warning">
            <Text as="p">
              Fix the problems in the settings to see what they would do. Below is what the saved settings
              would do.
            </Text>
          </SectionMessage>
        ) : null}
        <Box aria-live="polite" aria-busy={edited.state === 'loading'}>
          {edited.state === 'loading' || edited.state === 'idle' ? (
            <Inline space="space.100" alignBlock="center">
              <Spinner size="small" label="Replaying the last 30 days" />
              <Text>Replaying the last 30 days…</Text>
            </Inline>
          ) : edited.state === 'failed' ? (
            edited.error.code === 'no-history' ? (
              <SectionMessage appearance="information" title="Nothing to preview yet">
                <Text as="p">This site keeps no ticket history yet to replay the rules on.</Text>
              </SectionMessage>
            ) : (
              <Problem error={edited.error} title="The preview failed" />
            )
          ) : (
            <PreviewSummary preview={edited.value} base={base} />
          )}
        </Box>
      </Stack>
    </Box>
  );
}

/** The preview's numbers: the sentence, the other decisions, suppressions by reason and surveys per week. */
export function PreviewSummary({
  preview,
  base,
}: {
  readonly preview: PolicyPreview;
  readonly base?: PolicyPreview;
}) {
  const most = Math.max(1, ...preview.surveysPerWeek.map((w) => w.count));
  const sentDelta = delta(preview.sent, base?.sent);
  const suppressedDelta = delta(preview.suppressed, base?.suppressed);
  return (
    <Stack space="space.200">
      <Text as="p" testId="preview-sentence">
        With these settings, the last {preview.days} days would have sent{' '}
        <Text as="strong" weight="bold">
          {count(preview.sent)} surveys
        </Text>{' '}
        and suppressed{' '}
        <Text as="strong" weight="bold">
          {count(preview.suppressed)}
        </Text>
        , over {count(preview.tickets)} tickets.
      </Text>
      {base ? (
        <Text as="p" size="small" testId="preview-compared">
          Against the saved settings: {sentDelta ?? 'no change'} sent, {suppressedDelta ?? 'no change'}{' '}
          suppressed (saved: {count(base.sent)} sent, {count(base.suppressed)} suppressed).
        </Text>
      ) : null}
      <Box as="dl" xcss={figures}>
        <Figure label="Reminders" value={preview.reminded} />
        <Figure label="Expired unanswered" value={preview.expired} />
        <Figure label="Cancelled on reopen" value={preview.cancelled} />
        <Figure label="Ticket events" value={preview.events} />
      </Box>
      {preview.truncated ? (
        <Lozenge appearance="moved">Only the oldest {count(preview.events)} events were replayed</Lozenge>
      ) : null}
      <HistoryRead history={(preview as { history?: HistoryCoverage }).history} />

      <Heading size="xsmall" as="h3" id="reasons-heading">
        Why surveys were suppressed
      </Heading>
      {preview.suppressionsByReason.length === 0 ? (
        <Text as="p">Nothing was suppressed.</Text>
      ) : (
        <Box as="table" xcss={bars} aria-labelledby="reasons-heading">
          <thead>
            <tr>
              <Box as="th" xcss={headCell} scope="col">
                Reason
              </Box>
              <Box as="th" xcss={[headCell, numberCell]} scope="col">
                Suppressed
              </Box>
            </tr>
          </thead>
          <tbody>
            {[...preview.suppressionsByReason]
              .sort((a, b) => b.count - a.count)
              .map((reason) => (
                <tr key={reason.code}>
                  <Box as="td" xcss={cell}>
                    <Text as="p">{REASON_LABELS[reason.code] ?? reason.code}</Text>
                    <Text as="p" size="small" color="color.text.subtle">
                      for example: {reason.message}
                    </Text>
                  </Box>
                  <Box as="td" xcss={[cell, numberCell]}>
                    {count(reason.count)}
                  </Box>
                </tr>
              ))}
          </tbody>
        </Box>
      )}

      <Heading size="xsmall" as="h3" id="weeks-heading">
        Surveys sent per week
      </Heading>
      {preview.surveysPerWeek.length === 0 ? (
        <Text as="p">No survey would have been sent.</Text>
      ) : (
        <Box as="table" xcss={bars} aria-labelledby="weeks-heading">
          <thead>
            <tr>
              <Box as="th" xcss={headCell} scope="col">
                Week
              </Box>
              <Box as="th" xcss={[headCell, numberCell]} scope="col">
                Sent
              </Box>
              <Box as="th" xcss={headCell} scope="col">
                <span style={visuallyHidden}>Share of the busiest week</span>
              </Box>
            </tr>
          </thead>
          <tbody>
            {preview.surveysPerWeek.map((week) => (
              <tr key={week.week}>
                <Box as="td" xcss={cell}>
                  {week.week}
                </Box>
                <Box as="td" xcss={[cell, numberCell]}>
                  {count(week.count)}
                </Box>
                <Box as="td" xcss={[cell, barCell]} aria-hidden>
                  <Box xcss={track}>
                    <Box xcss={bar} style={{ width: `${(100 * week.count) / most}%` }} />
                  </Box>
                </Box>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { readonly label: string; readonly value: number }) {
  return (
    <div>
      <dt>
        <Text size="small" color="color.text.subtle">
          {label}
        </Text>
      </dt>
      <Box as="dd" xcss={figureValue}>
        {count(value)}
      </Box>
    </div>
  );
}
