import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { happiness, lostTime } from '@xloop/shared-core';
import { call } from '../bridge/call';
import { useLoad } from '../shared/use-call';
import { duration, happinessPhrase, hours, interval, signed } from './format';
import type { ImpactReport, Initiative } from './types';

const VERDICTS: Record<
  ImpactReport['verdict'],
  { text: string; appearance: 'success' | 'removed' | 'moved' | 'default' | 'inprogress' }
> = {
  improved: { text: 'Improved', appearance: 'success' },
  worse: { text: 'Worse', appearance: 'removed' },
  mixed: { text: 'Mixed', appearance: 'moved' },
  'no-detectable-change': { text: 'No detectable change', appearance: 'default' },
  'not-enough-data': { text: 'Not enough data yet', appearance: 'inprogress' },
};

const row = { margin: 0 } as const;
const list = { margin: 0, padding: 0, font: token('font.body.small') } as const;
const term = { fontWeight: token('font.weight.semibold') } as const;

/** The frozen baseline: the segment's happiness and lost time over the 90 days before the initiative. */
export function Baseline({ initiative }: { readonly initiative: Initiative }) {
  const { rollup, window } = initiative.baseline;
  const lost = lostTime(rollup);
  return (
    <Text as="p" size="small">
      Baseline {window.from} to {window.to}: happiness {happinessPhrase(happiness(rollup))}
      {lost.kind === 'scored' ? `; ${duration(lost.meanMinutes)} lost per ticket` : ''}.
    </Text>
  );
}

/** Before against after since go-live, from `getInitiativeImpact`: the verdict and the numbers behind it. */
export function InitiativeImpact({ initiative }: { readonly initiative: Initiative }) {
  const impact = useLoad(
    () => call<ImpactReport>('getInitiativeImpact', { id: initiative.id }),
    [initiative.id, initiative.version],
  );
  if (impact.state === 'loading') return <Spinner size="small" label="Loading the impact" />;
  if (impact.state === 'failed')
    return (
      <Text as="p" size="small" color="color.text.danger">
        The impact could not be loaded: {impact.error.message}
      </Text>
    );
  const report = impact.value;
  const verdict = VERDICTS[report.verdict];
  return (
    <Stack space="space.050">
      <div>
        <Lozenge appearance={verdict.appearance}>{verdict.text}</Lozenge>
      </div>
      <Text as="p" size="small">
        {report.summary}
      </Text>
      <dl style={list}>
        <dt style={term}>Happiness</dt>
        <dd style={row}>
          {report.happinessChange
            ? `${signed(report.happinessChange.value)} points (${interval(report.happinessChange.ci95)})`
            : `after: ${happinessPhrase(report.happinessAfter)}`}
        </dd>
        {report.lostMinutesBefore !== undefined ? (
          <>
            <dt style={term}>Lost time per ticket</dt>
            <dd style={row}>
              {duration(report.lostMinutesBefore)} before
              {report.lostMinutesAfter !== undefined ? `, ${duration(report.lostMinutesAfter)} after` : ''}
              {report.lostTimeChange ? ` (${interval(report.lostTimeChange.ci95)} min)` : ''}
            </dd>
          </>
        ) : null}
        {report.hoursSavedPerMonth ? (
          <>
            <dt style={term}>Hours saved</dt>
            <dd style={row}>
              {hours(report.hoursSavedPerMonth.value)} a month ({interval(report.hoursSavedPerMonth.ci95)} h)
            </dd>
          </>
        ) : null}
      </dl>
    </Stack>
  );
}
