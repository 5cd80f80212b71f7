import type { Survey } from '../model/survey';
import type { Page, Ports, StoredResponse, Suppression } from '../ports';
import type { PersonalRecords } from '../privacy/erasure';
import { all, andThen, type Step } from '../step';

/**
 * How many records of each kind one read answers. A requester may have thousands of responses: pages keep every
 * read and every save (which a store may split further, as Forge SQL does under its 1 MiB a request) bounded. 200
 * responses with 2,000-character comments in four-byte characters stay under 2 MiB, half Forge SQL's 4 MiB answer.
 */
export const ERASE_PAGE = 200;

/** A person's records, read a page at a time in key order (by requester, or by agent). */
export interface PersonalReads {
  surveys(page: Page): Step<readonly Survey[]>;
  suppressions(page: Page): Step<readonly Suppression[]>;
  responses(page: Page): Step<readonly StoredResponse[]>;
}

/** How many records of each kind were saved changed. */
export interface Changed {
  readonly surveys: number;
  readonly suppressions: number;
  readonly responses: number;
}

type Kind = keyof PersonalRecords;
/** Where each kind's next page starts; `undefined` once its last page is read. */
type Cursors = { readonly [K in Kind]: string | undefined };

const keyOf = {
  surveys: (survey: Survey) => survey.id,
  suppressions: (suppression: Suppression) => suppression.resolutionKey,
  responses: (response: StoredResponse) => response.surveyId,
};

/** The key a full page ends at (the next page starts after it), or `undefined` after a short one. */
function nextCursor<T>(page: readonly T[], key: (record: T) => string, limit: number): string | undefined {
  const last = page[page.length - 1];
  return page.length < limit || last === undefined ? undefined : key(last);
}

/**
 * Reads a page of each kind of a person's records, saves what `change` makes of it (the changed records only), and
 * goes on until every kind's last page is read. Paging goes by key, never by what was read, so a record saved under
 * a new name or with the same details (a refresh) is not read again. Safe to repeat.
 */
export function changeInPages(
  ports: Pick<Ports, 'surveys' | 'responses'>,
  reads: PersonalReads,
  change: (records: PersonalRecords) => PersonalRecords,
  limit: number = ERASE_PAGE,
): Step<Changed> {
  const read =
    <T>(after: string | undefined, from: (page: Page) => Step<readonly T[]>) =>
    () =>
      after === undefined ? [] : from({ after, limit });
  const loop = (cursors: Cursors, total: Changed): Step<Changed> => {
    if (
      cursors.surveys === undefined &&
      cursors.suppressions === undefined &&
      cursors.responses === undefined
    )
      return total;
    return andThen(
      all([
        read(cursors.surveys, (page) => reads.surveys(page)),
        read(cursors.suppressions, (page) => reads.suppressions(page)),
        read(cursors.responses, (page) => reads.responses(page)),
      ] as const),
      ([surveys, suppressions, responses]) => {
        const changed = change({ surveys, suppressions, responses });
        const next = {
          surveys: nextCursor(surveys, keyOf.surveys, limit),
          suppressions: nextCursor(suppressions, keyOf.suppressions, limit),
          responses: nextCursor(responses, keyOf.responses, limit),
        };
        return andThen(
          all([
            () => (changed.surveys.length > 0 ? ports.surveys.saveAll(changed.surveys) : undefined),
            () =>
              changed.suppressions.length > 0
                ? ports.surveys.saveSuppressions(changed.suppressions)
                : undefined,
            () => (changed.responses.length > 0 ? ports.responses.saveAll(changed.responses) : undefined),
          ] as const),
          () =>
            loop(next, {
              surveys: total.surveys + changed.surveys.length,
              suppressions: total.suppressions + changed.suppressions.length,
              responses: total.responses + changed.responses.length,
            }),
        );
      },
    );
  };
  return loop(
    { surveys: '', suppressions: '', responses: '' },
    { surveys: 0, suppressions: 0, responses: 0 },
  );
}
