import { Inline } from '@atlaskit/primitives';
import { DIMENSIONS } from '@xloop/shared-core';
import { call } from '../bridge/call';
import { useLoad } from '../shared/use-call';
import { dimensionLabel, lastDaysRange } from './format';
import { NativeSelect } from './NativeSelect';
import type { BreakdownRow, Dimension } from './types';

/** What the dashboard shows: a period of days up to today and, optionally, one dimension's value. */
export interface DashboardFilter {
  readonly days: number;
  readonly dimension: Dimension | '';
  readonly value: string;
}

export const PERIODS: readonly { readonly days: number; readonly label: string }[] = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 180, label: 'Last 6 months' },
  { days: 365, label: 'Last 12 months' },
];

/** Days for short periods, weeks for a quarter or half year, months for a year. */
export function granularityFor(days: number): 'day' | 'isoWeek' | 'month' {
  return days <= 31 ? 'day' : days <= 186 ? 'isoWeek' : 'month';
}

/** The period, the dimension, and that dimension's values (from `getBreakdown` over the same period). */
export function Filters({
  filter,
  onChange,
}: {
  readonly filter: DashboardFilter;
  onChange(filter: DashboardFilter): void;
}) {
  return (
    <Inline space="space.200" shouldWrap alignBlock="end">
      <NativeSelect
        label="Period"
        value={String(filter.days)}
        options={PERIODS.map((p) => ({ value: String(p.days), label: p.label }))}
        onChange={(days) => onChange({ ...filter, days: Number(days) })}
      />
      <NativeSelect
        label="Segment by"
        value={filter.dimension}
        options={[
          { value: '', label: 'Whole organisation' },
          ...DIMENSIONS.map((d) => ({ value: d, label: dimensionLabel(d) })),
        ]}
        onChange={(dimension) => onChange({ ...filter, dimension: dimension as Dimension | '', value: '' })}
      />
      {filter.dimension ? (
        <DimensionValues
          // A new dimension or period is a new list: start from "loading", not from the last list.
          key={`${filter.dimension}:${filter.days}`}
          dimension={filter.dimension}
          days={filter.days}
          value={filter.value}
          onChange={(value) => onChange({ ...filter, value })}
        />
      ) : null}
    </Inline>
  );
}

function DimensionValues({
  dimension,
  days,
  value,
  onChange,
}: {
  readonly dimension: Dimension;
  readonly days: number;
  readonly value: string;
  onChange(value: string): void;
}) {
  const rows = useLoad(
    () => call<readonly BreakdownRow[]>('getBreakdown', { range: lastDaysRange(days), dimension }),
    [dimension, days],
  );
  const options =
    rows.state === 'ready'
      ? rows.value.map((row) => ({ value: row.value, label: `${row.value} (${row.scorecard.responses})` }))
      : [];
  const known = options.some((o) => o.value === value);
  return (
    <NativeSelect
      label={dimensionLabel(dimension)}
      value={value}
      disabled={rows.state !== 'ready'}
      options={[
        {
          value: '',
          label:
            rows.state === 'loading'
              ? 'Loading…'
              : rows.state === 'failed'
                ? 'Could not load the values'
                : `Every ${dimensionLabel(dimension).toLowerCase()}`,
        },
        ...(value && !known ? [{ value, label: value }] : []),
        ...options,
      ]}
      onChange={onChange}
    />
  );
}
