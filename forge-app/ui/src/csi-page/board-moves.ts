import { INITIATIVE_STATUSES, type InitiativeError } from '@xloop/shared-core';
import type { CallError } from '../bridge/call';
import type { BoardEntry, Initiative, InitiativeStatus } from './types';

export const STATUSES: readonly InitiativeStatus[] = INITIATIVE_STATUSES;

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  identified: 'Identified',
  prioritised: 'Prioritised',
  'in-progress': 'In progress',
  measuring: 'Measuring',
  done: 'Done',
  dropped: 'Dropped',
};

/** Whether a card in this status has a before/after to show: from go-live on, measured against the baseline. */
export function impactApplies(initiative: Initiative): boolean {
  return (
    initiative.status === 'measuring' ||
    initiative.status === 'done' ||
    (initiative.status === 'in-progress' && initiative.goLiveAt !== undefined)
  );
}

/** Whether the go-live date can be set here: once the work is under way. */
export function goLiveApplies(status: InitiativeStatus): boolean {
  return status === 'in-progress' || status === 'measuring' || status === 'done';
}

/** The board with one initiative replaced (same id), in place. */
export function replaceInitiative(entries: readonly BoardEntry[], initiative: Initiative): BoardEntry[] {
  return entries.map((entry) => (entry.initiative.id === initiative.id ? { ...entry, initiative } : entry));
}

/** A column's cards, in the board's order. */
export function column(entries: readonly BoardEntry[], status: InitiativeStatus): BoardEntry[] {
  return entries.filter((entry) => entry.initiative.status === status);
}

/**
 * Says why a move was refused, for the person who made it: a version conflict (someone else changed the initiative
 * since the board was loaded), a transition the core does not allow (e.g. measuring without a go-live date), or
 * any other failure.
 */
export function refusalMessage(error: CallError, title: string, to: InitiativeStatus): string {
  if (error.status === 409 || error.code === 'conflict')
    return `Someone else changed “${title}” since the board was loaded, so it was not moved. The board now shows their change; try again if the move still makes sense.`;
  const errors = (error.details as { errors?: readonly InitiativeError[] } | undefined)?.errors ?? [];
  if (errors.length > 0)
    return `“${title}” cannot move to ${STATUS_LABELS[to]}: ${errors.map((e) => e.message).join(' ')}`;
  return `“${title}” was not moved to ${STATUS_LABELS[to]}: ${error.message}`;
}
