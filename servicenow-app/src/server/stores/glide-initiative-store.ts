import type { Initiative, InitiativeStore } from '../core/xloop-core.js';
import { columnOf, firstRow, insert, write } from '../glide-rows';
import { TABLE } from '../tables';

/**
 * Initiatives in `x_xloop_initiative`: the initiative as JSON in `body`; title, status and version in columns for
 * lists. Saving compares the stored version first (optimistic concurrency, as every store does); GlideRecord has no
 * conditional update, so two saves in the same instant could both pass the check: the later one wins.
 */
export class GlideInitiativeStore implements InitiativeStore {
  get(id: string): Initiative | undefined {
    const row = firstRow(TABLE.initiative, { where: [['initiative_id', '=', id]] });
    return row ? (JSON.parse(row.getValue('body') ?? '') as Initiative) : undefined;
  }

  save(initiative: Initiative, expectedVersion: number): boolean {
    const values = {
      initiative_id: initiative.id,
      title: initiative.title,
      status: initiative.status,
      version: initiative.version,
      external_key: initiative.externalKey ?? '',
      body: JSON.stringify(initiative),
    };
    const row = firstRow(TABLE.initiative, { where: [['initiative_id', '=', initiative.id]] });
    if (expectedVersion === 0) return row ? false : insert(TABLE.initiative, values);
    if (!row || Number(row.getValue('version')) !== expectedVersion) return false;
    write(row, values);
    return row.update() !== null;
  }

  list(): Initiative[] {
    return columnOf(TABLE.initiative, { encoded: 'ORDERBYinitiative_id' }, 'body').map(
      (body) => JSON.parse(body) as Initiative,
    );
  }
}
