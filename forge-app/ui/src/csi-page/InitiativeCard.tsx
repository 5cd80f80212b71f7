import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { draggable } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useEffect, useId, useRef, useState } from 'react';
import { goLiveApplies, impactApplies, STATUS_LABELS, STATUSES } from './board-moves';
import { hours, isoDay, segmentLabel } from './format';
import { Baseline, InitiativeImpact } from './InitiativeImpact';
import { JiraIssueLink } from './JiraIssueLink';
import { NativeSelect } from './NativeSelect';
import type { BoardEntry, InitiativeStatus } from './types';

const card = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  padding: 'space.150',
  cursor: 'grab',
  minWidth: '0',
  overflowWrap: 'anywhere',
});
const dragging = xcss({ opacity: 0.4 });

const dateInput = {
  font: 'inherit',
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  borderWidth: token('border.width'),
  borderStyle: 'solid',
  borderColor: token('color.border.input'),
  borderRadius: token('radius.small'),
  paddingInline: token('space.050'),
  minHeight: '2rem',
} as const;

/** The drag payload of a card, checked by the columns and the board's monitor. */
export interface CardDragData {
  readonly type: 'initiative';
  readonly id: string;
  [key: string]: unknown;
}

export const isCardDrag = (data: Record<string | symbol, unknown>): boolean =>
  data.type === 'initiative' && typeof data.id === 'string';

/**
 * One initiative on the board: its target segment, baseline, expected and measured impact, and two ways to move
 * it — drag it to a column, or choose the column in "Move to" (keyboard and screen readers).
 */
export function InitiativeCard({
  entry,
  busy,
  onMove,
  onGoLive,
}: {
  readonly entry: BoardEntry;
  readonly busy: boolean;
  onMove(status: InitiativeStatus): void;
  onGoLive(goLiveAt: number): void;
}) {
  const { initiative } = entry;
  const element = useRef<HTMLElement>(null);
  const [isDragging, setDragging] = useState(false);
  const id = useId();
  const [goLive, setGoLive] = useState(initiative.goLiveAt ? isoDay(new Date(initiative.goLiveAt)) : '');

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    return draggable({
      element: el,
      getInitialData: (): CardDragData => ({ type: 'initiative', id: initiative.id }),
      onDragStart: () => setDragging(true),
      onDrop: () => setDragging(false),
    });
  }, [initiative.id]);

  return (
    <Box
      ref={element}
      as="article"
      xcss={[card, isDragging && dragging]}
      aria-label={initiative.title}
      aria-busy={busy}
      data-initiative={initiative.id}
    >
      <Stack space="space.100">
        <Heading size="xsmall" as="h4">
          {initiative.title}
        </Heading>
        <Text size="small" color="color.text.subtle">
          {segmentLabel(initiative.segment)} · effort {initiative.effort}
          {initiative.externalKey ? (
            <>
              {' '}
              · <JiraIssueLink issueKey={initiative.externalKey} />
            </>
          ) : null}
        </Text>
        {initiative.hypothesis ? <Text as="p">{initiative.hypothesis}</Text> : null}
        <Text as="p" size="small">
          Expected: {hours(initiative.expected.recoverableHoursPerMonth)} a month to win back, happiness gap{' '}
          {Math.round(initiative.expected.happinessGap)} points.
        </Text>
        <Baseline initiative={initiative} />
        {impactApplies(initiative) ? <InitiativeImpact initiative={initiative} /> : null}
        {goLiveApplies(initiative.status) ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const [y, m, d] = goLive.split('-').map(Number);
              if (y && m && d) onGoLive(new Date(y, m - 1, d).getTime());
            }}
          >
            <Inline space="space.100" alignBlock="end" shouldWrap>
              <Stack space="space.050">
                <label htmlFor={`${id}-go-live`}>
                  <Text size="small">Go-live date</Text>
                </label>
                <input
                  id={`${id}-go-live`}
                  type="date"
                  value={goLive}
                  style={dateInput}
                  onChange={(event) => setGoLive(event.currentTarget.value)}
                />
              </Stack>
              <Button type="submit" spacing="compact" isDisabled={busy || goLive === ''}>
                Save go-live
              </Button>
            </Inline>
          </form>
        ) : null}
        <NativeSelect
          label={`Move “${initiative.title}” to`}
          hideLabel
          fullWidth
          value={initiative.status}
          disabled={busy}
          options={STATUSES.map((status) => ({
            value: status,
            label:
              status === initiative.status ? `${STATUS_LABELS[status]} (current)` : STATUS_LABELS[status],
          }))}
          onChange={(status) => onMove(status as InitiativeStatus)}
        />
      </Stack>
    </Box>
  );
}
