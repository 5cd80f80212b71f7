import Heading from '@atlaskit/heading';
import { dropTargetForElements, monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { asCallError, useLoad } from '../shared/use-call';
import { column, refusalMessage, replaceInitiative, STATUS_LABELS, STATUSES } from './board-moves';
import { InitiativeCard, isCardDrag } from './InitiativeCard';
import type { BoardEntry, Initiative, InitiativeStatus } from './types';
import { VisuallyHidden } from './VisuallyHidden';

const columns = xcss({
  display: 'grid',
  gridAutoFlow: 'column',
  gridAutoColumns: 'minmax(12rem, 1fr)',
  gap: 'space.150',
  overflowX: 'auto',
  paddingBlockEnd: 'space.100',
});
const columnBox = xcss({
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.large',
  padding: 'space.100',
  minHeight: '12rem',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.disabled',
});
const over = xcss({
  backgroundColor: 'color.background.selected',
  borderColor: 'color.border.selected',
});
const cardList = {
  listStyle: 'none',
  padding: 0,
  margin: 0,
  gridTemplateColumns: 'minmax(0, 1fr)',
  display: 'grid',
  gap: token('space.100'),
} as const;

type Notice = { readonly appearance: 'error' | 'warning'; readonly text: string };

/**
 * The improvement board: the initiatives in their status columns. A move shows at once (optimistic) and is undone
 * if the app refuses it, with the reason said plainly; a version conflict also reloads the board.
 */
export function Board() {
  const loaded = useLoad(() => call<readonly BoardEntry[]>('listInitiatives'), []);
  const [entries, setEntries] = useState<readonly BoardEntry[]>([]);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | undefined>();
  const [announcement, setAnnouncement] = useState('');

  // Each load (the first, and the reload after a conflict) replaces what the board shows.
  const fresh = loaded.state === 'ready' ? loaded.value : undefined;
  useEffect(() => {
    if (fresh) setEntries(fresh);
  }, [fresh]);

  const setBusyFor = useCallback((id: string, on: boolean) => {
    setBusy((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  /** Sends one change; the board shows `optimistic` meanwhile and goes back to `before` if it is refused. */
  const change = useCallback(
    async (before: Initiative, optimistic: Initiative, changes: Record<string, unknown>, done: string) => {
      setNotice(undefined);
      setEntries((current) => replaceInitiative(current, optimistic));
      setBusyFor(before.id, true);
      try {
        const saved = await call<Initiative>('updateInitiative', {
          id: before.id,
          expectedVersion: before.version,
          changes,
        });
        setEntries((current) => replaceInitiative(current, saved));
        setAnnouncement(done);
      } catch (error) {
        const refusal = asCallError(error);
        setEntries((current) => replaceInitiative(current, before));
        setNotice({
          appearance: refusal.status === 409 ? 'warning' : 'error',
          text: refusalMessage(refusal, before.title, optimistic.status),
        });
        if (refusal.status === 409) loaded.reload();
      } finally {
        setBusyFor(before.id, false);
      }
    },
    [loaded.reload, setBusyFor],
  );

  const move = useCallback(
    (id: string, status: InitiativeStatus) => {
      const before = entries.find((entry) => entry.initiative.id === id)?.initiative;
      if (!before || before.status === status || busy.has(id)) return;
      void change(
        before,
        { ...before, status },
        { status },
        `Moved “${before.title}” to ${STATUS_LABELS[status]}.`,
      );
    },
    [entries, busy, change],
  );

  const goLive = useCallback(
    (id: string, goLiveAt: number) => {
      const before = entries.find((entry) => entry.initiative.id === id)?.initiative;
      if (!before || busy.has(id)) return;
      void change(
        before,
        { ...before, goLiveAt },
        { goLiveAt },
        `Saved the go-live date of “${before.title}”.`,
      );
    },
    [entries, busy, change],
  );

  // The drop of a card on a column, wherever it happens; the latest `move` through a ref.
  const moveRef = useRef(move);
  moveRef.current = move;
  useEffect(
    () =>
      monitorForElements({
        canMonitor: ({ source }) => isCardDrag(source.data),
        onDrop: ({ source, location }) => {
          const target = location.current.dropTargets[0];
          const status = target?.data.status;
          const id = source.data.id;
          if (!target || !isCardDrag(source.data) || typeof id !== 'string' || typeof status !== 'string')
            return;
          moveRef.current(id, status as InitiativeStatus);
        },
      }),
    [],
  );

  if (loaded.state === 'loading' && entries.length === 0) return <Spinner label="Loading the board" />;
  if (loaded.state === 'failed' && entries.length === 0)
    return <Problem error={loaded.error} title="The board could not be loaded." />;

  return (
    <Stack space="space.200">
      <Text as="p" color="color.text.subtle">
        Drag a card to another column, or use its “Move to” list. Moving to Measuring or Done needs the
        go-live date.
      </Text>
      <div role="alert">
        {notice ? (
          <SectionMessage appearance={notice.appearance} title="The move was undone">
            <Text as="p">{notice.text}</Text>
          </SectionMessage>
        ) : null}
      </div>
      <VisuallyHidden>
        <div role="status" aria-live="polite">
          {announcement}
        </div>
      </VisuallyHidden>
      {entries.length === 0 ? <Text as="p">No initiatives yet: create one from an opportunity.</Text> : null}
      <Box xcss={columns}>
        {STATUSES.map((status) => {
          const cards = column(entries, status);
          return (
            <Column key={status} status={status} count={cards.length}>
              {cards.map((entry) => (
                <li key={entry.initiative.id}>
                  <InitiativeCard
                    entry={entry}
                    busy={busy.has(entry.initiative.id)}
                    onMove={(to) => move(entry.initiative.id, to)}
                    onGoLive={(at) => goLive(entry.initiative.id, at)}
                  />
                </li>
              ))}
            </Column>
          );
        })}
      </Box>
    </Stack>
  );
}

function Column({
  status,
  count,
  children,
}: {
  readonly status: InitiativeStatus;
  readonly count: number;
  readonly children: ReactNode;
}) {
  const element = useRef<HTMLElement>(null);
  const [isOver, setOver] = useState(false);
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    return dropTargetForElements({
      element: el,
      getData: () => ({ status }),
      canDrop: ({ source }) => isCardDrag(source.data),
      onDragEnter: () => setOver(true),
      onDragLeave: () => setOver(false),
      onDrop: () => setOver(false),
    });
  }, [status]);
  const headingId = `csi-column-${status}`;
  return (
    <Box
      ref={element}
      as="section"
      xcss={[columnBox, isOver && over]}
      aria-labelledby={headingId}
      data-status={status}
    >
      <Stack space="space.100">
        <Heading size="xsmall" as="h3" id={headingId}>
          {STATUS_LABELS[status]} ({count})
        </Heading>
        <ul style={cardList}>{children}</ul>
      </Stack>
    </Box>
  );
}
