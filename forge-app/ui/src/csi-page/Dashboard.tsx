import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useMemo, useState } from 'react';
import { call } from '../bridge/call';
import { notEnoughAnswers } from '../shared/not-enough';
import { Problem } from '../shared/Problem';
import { useLoad } from '../shared/use-call';
import { FactorsChart } from './FactorsChart';
import { type DashboardFilter, Filters, granularityFor } from './Filters';
import { duration, hours, interval, lastDaysRange, percent, segmentLabel, signed } from './format';
import { NativeSelect } from './NativeSelect';
import { TrendChart } from './TrendChart';
import { chartSeries, TREND_METRICS, type TrendMetric } from './trend-series';
import type { Dashboard as DashboardData, FactorLabel } from './types';

const tile = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  padding: 'space.200',
  minWidth: '14rem',
  flexGrow: 1,
});
const panel = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.large',
  padding: 'space.200',
});
const grid = xcss({
  display: 'grid',
  gap: 'space.200',
  gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))',
});

/** The segment the filter asks for: `{}` for the organisation, else one dimension's value. */
export function segmentOf(filter: DashboardFilter): Record<string, string> {
  return filter.dimension && filter.value ? { [filter.dimension]: filter.value } : {};
}

/** Scores, trend and factors, filtered by period and by any dimension. */
export function Dashboard({ factorLabel }: { readonly factorLabel: FactorLabel }) {
  const [filter, setFilter] = useState<DashboardFilter>({ days: 90, dimension: '', value: '' });
  const segment = segmentOf(filter);
  const range = lastDaysRange(filter.days);
  const dashboard = useLoad(
    () =>
      call<DashboardData>('getDashboard', {
        range,
        granularity: granularityFor(filter.days),
        segment,
      }),
    // Choosing a dimension without a value yet shows the same segment: no new request.
    [filter.days, JSON.stringify(segment)],
  );

  return (
    <Stack space="space.300">
      <Filters filter={filter} onChange={setFilter} />
      {dashboard.state === 'loading' ? (
        <Spinner label="Loading the dashboard" />
      ) : dashboard.state === 'failed' ? (
        <Problem error={dashboard.error} title="The dashboard could not be loaded." />
      ) : (
        <Stack space="space.100">
          {/* The last answer stays on screen while the next filter's loads; say so. */}
          {dashboard.value.range.from !== range.from ||
          JSON.stringify(dashboard.value.segment) !== JSON.stringify(segment) ? (
            <Spinner size="small" label="Updating the dashboard" />
          ) : null}
          <DashboardView dashboard={dashboard.value} factorLabel={factorLabel} />
        </Stack>
      )}
    </Stack>
  );
}

export function DashboardView({
  dashboard,
  factorLabel,
}: {
  readonly dashboard: DashboardData;
  readonly factorLabel: FactorLabel;
}) {
  const { scorecard, organisation, range } = dashboard;
  const filtered = Object.keys(dashboard.segment).length > 0;
  const [metric, setMetric] = useState<TrendMetric>('happiness');
  const series = useMemo(() => chartSeries(dashboard, metric), [dashboard, metric]);
  const { benchmark } = series;
  const { happiness, lostTime, responseRate } = scorecard;
  return (
    <Stack space="space.300">
      <Text as="p" color="color.text.subtle">
        {segmentLabel(dashboard.segment)}, {range.from} to {range.to}: {scorecard.responses} answers.
      </Text>
      <Inline space="space.200" shouldWrap>
        <Box xcss={tile} role="group" aria-label="Happiness">
          <Stack space="space.100">
            <Heading size="xsmall" as="h3">
              Happiness
            </Heading>
            {happiness.kind === 'scored' ? (
              <>
                <Text size="large" weight="bold">
                  {signed(happiness.value)}
                </Text>
                <Text size="small">
                  {interval(happiness.ci95)} · {happiness.n} answers
                </Text>
              </>
            ) : (
              <Text>{notEnoughAnswers(happiness.n, happiness.minimum)}</Text>
            )}
            {filtered && organisation.happiness.kind === 'scored' ? (
              <Text size="small" color="color.text.subtle">
                Organisation {signed(organisation.happiness.value)}
              </Text>
            ) : null}
            {dashboard.reference?.happiness !== undefined ? (
              <Text size="small" color="color.text.subtle">
                {dashboard.reference.name ?? 'Benchmark'} {signed(dashboard.reference.happiness)}
              </Text>
            ) : null}
          </Stack>
        </Box>
        <Box xcss={tile} role="group" aria-label="Lost time">
          <Stack space="space.100">
            <Heading size="xsmall" as="h3">
              Lost time
            </Heading>
            {lostTime.kind === 'scored' ? (
              <>
                <Text size="large" weight="bold">
                  {duration(lostTime.meanMinutes)} per ticket
                </Text>
                <Text size="small">
                  {hours(lostTime.totalMinutes / 60)} in total · {lostTime.n} answers
                </Text>
              </>
            ) : (
              <Text>{notEnoughAnswers(lostTime.n, lostTime.minimum)}</Text>
            )}
            {dashboard.reference?.lostMinutes !== undefined ? (
              <Text size="small" color="color.text.subtle">
                {dashboard.reference.name ?? 'Benchmark'} {duration(dashboard.reference.lostMinutes)}
              </Text>
            ) : null}
          </Stack>
        </Box>
        <Box xcss={tile} role="group" aria-label="Response rate">
          <Stack space="space.100">
            <Heading size="xsmall" as="h3">
              Response rate
            </Heading>
            {responseRate.rate === null ? (
              <Text>No invitations sent</Text>
            ) : (
              <>
                <Text size="large" weight="bold">
                  {percent(responseRate.rate)}
                </Text>
                <Text size="small">
                  {responseRate.answered} answered of {responseRate.sent} sent
                </Text>
              </>
            )}
          </Stack>
        </Box>
      </Inline>
      <Box xcss={grid}>
        <Box xcss={panel} as="section" aria-labelledby="csi-trend-heading">
          <Stack space="space.100">
            <Heading size="small" as="h3" id="csi-trend-heading">
              Trend over time
            </Heading>
            <NativeSelect
              label="Trend of"
              value={metric}
              options={TREND_METRICS}
              onChange={(value) => setMetric(value as TrendMetric)}
            />
            {benchmark ? (
              <Text size="small" color="color.text.subtle">
                Dashed line: {benchmark.name} ({series.format(benchmark.value)})
              </Text>
            ) : (
              <Text size="small" color="color.text.subtle">
                No benchmark is configured for this measure.
              </Text>
            )}
            <TrendChart series={series} trend={dashboard.trend} />
          </Stack>
        </Box>
        <Box xcss={panel} as="section" aria-labelledby="csi-factors-heading">
          <Stack space="space.100">
            <Heading size="small" as="h3" id="csi-factors-heading">
              Factors
            </Heading>
            <FactorsChart factors={dashboard.factors} label={factorLabel} />
          </Stack>
        </Box>
      </Box>
    </Stack>
  );
}
