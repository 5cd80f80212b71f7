import type { Rollup } from '../model/rollup';
import { DIMENSIONS, type Dimension, type Segment } from '../model/segment';
import type { Day } from '../model/time';
import type { CountedResponse, InvitationOutcome } from './rollup';
import type { DayRange, RollupEntry } from './rollup-query';
import { type RollupShape, segmentKeyPart } from './segment-key';

// A slot is one (day, segment key), kept as one record so that counting a response touches one stretch of memory
// per slot. In 32-bit words: the 11 score bins, the lost-time answers, the four invitation outcomes, then lost
// minutes and their squares as two doubles (any numbers, not only whole ones), then one count per factor.
const LOST_ANSWERS = 11;
const OUTCOME: Readonly<Record<InvitationOutcome, number>> = {
  resolved: 12,
  sent: 13,
  answered: 14,
  expired: 15,
};
const LOST_MINUTES = 16;
const FACTORS = 20;
// Records live in fixed pages rather than one array that doubles: growing never copies what is counted, and
// never holds an old and a new copy at once.
const PAGE_BITS = 12;
const PAGE_SLOTS = 1 << PAGE_BITS;
const IN_PAGE = PAGE_SLOTS - 1;

/** The rollup of one segment key over each of several day ranges. */
export type RangeTotals = ReadonlyMap<string, readonly Rollup[]>;

/**
 * The daily rollups of many responses and invitations at once (an import, a rebuild, a ranking over a year),
 * counted in flat typed arrays. Every dimension value, segment key, day and factor is interned once, so counting a
 * response allocates nothing and joins no string. The keys a segment counts in are exactly
 * `rollupKeysFor(segment, shape)`, and each entry's rollup is what a `RollupAccumulator` fed the same responses
 * would give.
 * @example
 * const rollups = new DailyRollups();
 * rollups.at('2026-11-24', { service: 'VPN' }).addResponse({ score: 9, factors: [] }).addInvitationOutcome('answered');
 * [...rollups.entries()].map((entry) => entry.segmentKey) // ['', 'service=VPN']
 */
export class DailyRollups {
  private readonly dimensions: readonly Dimension[] = DIMENSIONS.slice();
  private readonly kept: readonly boolean[];
  private readonly pairable: readonly boolean[];
  /** Per dimension: value → its index, the key part of each index, and the single-dimension key of each index. */
  private readonly valueIndex: Map<string, number>[];
  private readonly parts: string[][];
  private readonly singleKeys: number[][];
  /** Per ordered pair of dimensions (first × count + second): first value index → second value index → key. */
  private readonly pairKeys: number[][][];
  private readonly keys: string[] = [''];
  private readonly keyIndex = new Map<string, number>([['', 0]]);

  private readonly days: Day[] = [];
  private readonly dayIndex = new Map<Day, number>();
  /** Per day: key → its slot + 1 (0 while the day has none for that key). */
  private readonly slotOfKey: Int32Array[] = [];

  private slots = 0;
  /** Words per record: an even number, so the doubles of every record stay aligned. */
  private stride = FACTORS + 12;
  private pages: Uint32Array[] = [];
  private pageDoubles: Float64Array[] = [];
  private slotDay = new Int32Array(PAGE_SLOTS);
  private slotKey = new Int32Array(PAGE_SLOTS);

  private readonly factorIndex = new Map<string, number>();
  private readonly factorNames: string[] = [];

  /** The slots the last `at` chose, and scratch for the dimensions a segment has and the factors a response cites. */
  private readonly selection: Int32Array;
  private selected = 0;
  private readonly presentDimension: Int32Array;
  private readonly presentValue: Int32Array;
  private factorColumns = new Int32Array(16);
  private lastDay: Day | undefined;
  private lastDayNumber = -1;

  constructor(shape: RollupShape = {}) {
    const kept = shape.dimensions ?? DIMENSIONS;
    const paired = shape.pairDimensions ?? kept;
    const count = this.dimensions.length;
    this.kept = this.dimensions.map((dimension) => kept.indexOf(dimension) >= 0);
    this.pairable = this.dimensions.map((dimension) => paired.indexOf(dimension) >= 0);
    this.valueIndex = this.dimensions.map(() => new Map());
    this.parts = this.dimensions.map(() => []);
    this.singleKeys = this.dimensions.map(() => []);
    this.pairKeys = Array.from({ length: count * count }, () => []);
    this.selection = new Int32Array(1 + count + (count * (count - 1)) / 2);
    this.presentDimension = new Int32Array(count);
    this.presentValue = new Int32Array(count);
  }

  /** Number of (day, segment key) rollups held. */
  get size(): number {
    return this.slots;
  }

  /**
   * Chooses the rollups that `addResponse` and `addInvitationOutcome` count into next: those of `day` for every
   * key of `segment` (the organisation, each dimension value, each pair).
   * @example rollups.at('2026-11-24', ticket.segment).addInvitationOutcome('resolved')
   */
  at(day: Day, segment: Segment): this {
    const dayNumber = day === this.lastDay ? this.lastDayNumber : this.dayNumberOf(day);
    this.selected = 0;
    this.select(dayNumber, 0);
    let present = 0;
    for (let d = 0; d < this.dimensions.length; d++) {
      if (!this.kept[d]) continue;
      const value = segment[this.dimensions[d] as Dimension];
      if (value === undefined) continue;
      const index = this.valueIndexOf(d, value);
      this.presentDimension[present] = d;
      this.presentValue[present] = index;
      present++;
      this.select(dayNumber, (this.singleKeys[d] as number[])[index] as number);
    }
    for (let i = 0; i < present; i++) {
      const first = this.presentDimension[i] as number;
      if (!this.pairable[first]) continue;
      for (let j = i + 1; j < present; j++) {
        const second = this.presentDimension[j] as number;
        if (!this.pairable[second]) continue;
        const key = this.pairKeyOf(
          first,
          this.presentValue[i] as number,
          second,
          this.presentValue[j] as number,
        );
        this.select(dayNumber, key);
      }
    }
    return this;
  }

  /**
   * Chooses the one stored rollup of `day` and `segmentKey` (a key as `segmentKey` makes it), for `add`.
   * @example rollups.atKey(row.day, row.segmentKey).add(row.rollup)
   */
  atKey(day: Day, segmentKey: string): this {
    const dayNumber = day === this.lastDay ? this.lastDayNumber : this.dayNumberOf(day);
    let key = this.keyIndex.get(segmentKey);
    if (key === undefined) key = this.newKey(segmentKey);
    this.selected = 0;
    this.select(dayNumber, key);
    return this;
  }

  /**
   * Counts one response in the rollups chosen by the last `at`.
   * @example rollups.at(day, segment).addResponse({ score: 3, factors: ['slow'], lostTimeMinutes: 150 })
   */
  addResponse(response: CountedResponse): this {
    const { score } = response;
    if (!(score >= 0 && score <= 10 && Math.floor(score) === score))
      throw new RangeError(`score ${score} is not 0–10`);
    // Factor columns first: a new factor may widen (and so move) every record.
    const factors = response.factors;
    if (factors.length > this.factorColumns.length) this.factorColumns = new Int32Array(factors.length);
    const columns = this.factorColumns;
    let cited = 0;
    for (let i = 0; i < factors.length; i++) {
      const factor = factors[i] as string;
      // A factor counts once per response, however the list was built; lists are short, so a look back will do.
      if (factors.indexOf(factor) < i) continue;
      columns[cited++] = FACTORS + this.factorColumnOf(factor);
    }
    const { pages, pageDoubles, selection, selected, stride } = this;
    const minutes = response.lostTimeMinutes;
    const squared = minutes === undefined ? 0 : minutes * minutes;
    for (let k = 0; k < selected; k++) {
      const slot = selection[k] as number;
      const words = pages[slot >>> PAGE_BITS] as Uint32Array;
      const at = (slot & IN_PAGE) * stride;
      addWord(words, at + score, 1);
      if (minutes !== undefined) {
        const doubles = pageDoubles[slot >>> PAGE_BITS] as Float64Array;
        addWord(words, at + LOST_ANSWERS, 1);
        addDouble(doubles, (at + LOST_MINUTES) / 2, minutes);
        addDouble(doubles, (at + LOST_MINUTES) / 2 + 1, squared);
      }
      for (let f = 0; f < cited; f++) addWord(words, at + (columns[f] as number), 1);
    }
    return this;
  }

  /**
   * Counts one invitation outcome in the rollups chosen by the last `at`.
   * @example rollups.at(day, segment).addInvitationOutcome('sent')
   */
  addInvitationOutcome(outcome: InvitationOutcome): this {
    const column = OUTCOME[outcome];
    for (let k = 0; k < this.selected; k++) {
      const slot = this.selection[k] as number;
      addWord(this.pages[slot >>> PAGE_BITS] as Uint32Array, (slot & IN_PAGE) * this.stride + column, 1);
    }
    return this;
  }

  /**
   * Adds a whole rollup (a stored row, another period's counts) to the rollups chosen by the last `at` or `atKey`.
   * Counts must be whole and not negative: a delta that takes a response away belongs in a `RollupAccumulator`.
   * @example rollups.atKey(entry.day, entry.segmentKey).add(entry.rollup)
   */
  add(rollup: Rollup): this {
    const names = Object.keys(rollup.factors);
    if (names.length > this.factorColumns.length) this.factorColumns = new Int32Array(names.length);
    for (let i = 0; i < names.length; i++)
      this.factorColumns[i] = FACTORS + this.factorColumnOf(names[i] as string);
    const { stride } = this;
    for (let k = 0; k < this.selected; k++) {
      const slot = this.selection[k] as number;
      const words = this.pages[slot >>> PAGE_BITS] as Uint32Array;
      const doubles = this.pageDoubles[slot >>> PAGE_BITS] as Float64Array;
      const at = (slot & IN_PAGE) * stride;
      for (let score = 0; score <= 10; score++) addWord(words, at + score, rollup.histogram[score] ?? 0);
      addWord(words, at + LOST_ANSWERS, rollup.lostTimeAnswers);
      addDouble(doubles, (at + LOST_MINUTES) / 2, rollup.lostTimeMinutes);
      addDouble(doubles, (at + LOST_MINUTES) / 2 + 1, rollup.lostTimeMinutesSquared);
      addWord(words, at + OUTCOME.resolved, rollup.resolved);
      addWord(words, at + OUTCOME.sent, rollup.sent);
      addWord(words, at + OUTCOME.answered, rollup.answered);
      addWord(words, at + OUTCOME.expired, rollup.expired);
      for (let i = 0; i < names.length; i++)
        addWord(words, at + (this.factorColumns[i] as number), rollup.factors[names[i] as string] as number);
    }
    return this;
  }

  /**
   * Every rollup held, day by day in the order days were first counted, and within a day in the order its keys
   * were. Each entry is made as it is read, so a reader that keeps none holds no more than one at a time.
   * @example for (const entry of rollups.entries()) store.write(entry)
   */
  entries(): IterableIterator<RollupEntry> {
    const order = this.slotsByDay();
    const factorOrder = this.factorOrder();
    let next = 0;
    const iterator: IterableIterator<RollupEntry> = {
      next: (): IteratorResult<RollupEntry> => {
        if (next >= order.length) return { done: true, value: undefined };
        const slot = order[next++] as number;
        return {
          done: false,
          value: {
            day: this.days[this.slotDay[slot] as number] as Day,
            segmentKey: this.keys[this.slotKey[slot] as number] as string,
            rollup: this.rollupOf(slot, factorOrder),
          },
        };
      },
      [Symbol.iterator]: () => iterator,
    };
    return iterator;
  }

  /**
   * Each segment key's rollup over each of `ranges`, summed in one pass over the records without making an entry
   * per (day, key): what a ranking over a year needs. A key is listed when any of its days falls in any range.
   * @example rollups.rangeTotals([{ from: '2026-01-01', to: '2026-03-31' }]).get('service=VPN')?.[0].sent
   */
  rangeTotals(ranges: readonly DayRange[]): RangeTotals {
    const inRanges = this.days.map((day) => {
      let mask = 0;
      for (let r = 0; r < ranges.length; r++) {
        const range = ranges[r] as DayRange;
        if (day >= range.from && day <= range.to) mask |= 1 << r;
      }
      return mask;
    });
    const { stride } = this;
    // Sums per (key, range), all as doubles: the words' whole counts first, then the two lost-minute sums.
    const width = stride;
    const sums = new Float64Array(this.keys.length * ranges.length * width);
    const touched = new Uint8Array(this.keys.length);
    for (let slot = 0; slot < this.slots; slot++) {
      const mask = inRanges[this.slotDay[slot] as number] as number;
      if (mask === 0) continue;
      const key = this.slotKey[slot] as number;
      touched[key] = 1;
      const words = this.pages[slot >>> PAGE_BITS] as Uint32Array;
      const doubles = this.pageDoubles[slot >>> PAGE_BITS] as Float64Array;
      const at = (slot & IN_PAGE) * stride;
      for (let r = 0; r < ranges.length; r++) {
        if ((mask & (1 << r)) === 0) continue;
        const to = (key * ranges.length + r) * width;
        for (let w = 0; w < LOST_MINUTES; w++) addDouble(sums, to + w, words[at + w] as number);
        addDouble(sums, to + LOST_MINUTES, doubles[(at + LOST_MINUTES) / 2] as number);
        addDouble(sums, to + LOST_MINUTES + 1, doubles[(at + LOST_MINUTES) / 2 + 1] as number);
        for (let w = FACTORS; w < stride; w++) addDouble(sums, to + w, words[at + w] as number);
      }
    }
    const factorOrder = this.factorOrder();
    const totals = new Map<string, Rollup[]>();
    for (let key = 0; key < this.keys.length; key++) {
      if (touched[key] === 0) continue;
      const rollups: Rollup[] = [];
      for (let r = 0; r < ranges.length; r++) {
        const at = (key * ranges.length + r) * width;
        rollups.push(
          toRollup(
            (w) => sums[at + w] as number,
            sums[at + LOST_MINUTES] as number,
            sums[at + LOST_MINUTES + 1] as number,
            factorOrder,
          ),
        );
      }
      totals.set(this.keys[key] as string, rollups);
    }
    return totals;
  }

  private rollupOf(slot: number, factorOrder: readonly FactorColumn[]): Rollup {
    const words = this.pages[slot >>> PAGE_BITS] as Uint32Array;
    const doubles = this.pageDoubles[slot >>> PAGE_BITS] as Float64Array;
    const at = (slot & IN_PAGE) * this.stride;
    return toRollup(
      (w) => words[at + w] as number,
      doubles[(at + LOST_MINUTES) / 2] as number,
      doubles[(at + LOST_MINUTES) / 2 + 1] as number,
      factorOrder,
    );
  }

  /** Factor columns by factor name, so every rollup lists its factors sorted, as a `RollupAccumulator` does. */
  private factorOrder(): readonly FactorColumn[] {
    return this.factorNames
      .map((name, column) => ({ name, word: FACTORS + column }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Slots grouped by day in first-counted order, each day's slots in the order they were made (a stable sort). */
  private slotsByDay(): Int32Array {
    const starts = new Int32Array(this.days.length + 1);
    for (let slot = 0; slot < this.slots; slot++) {
      const next = (this.slotDay[slot] as number) + 1;
      starts[next] = (starts[next] as number) + 1;
    }
    for (let day = 0; day < this.days.length; day++)
      starts[day + 1] = (starts[day + 1] as number) + (starts[day] as number);
    const order = new Int32Array(this.slots);
    for (let slot = 0; slot < this.slots; slot++) {
      const day = this.slotDay[slot] as number;
      order[starts[day] as number] = slot;
      starts[day] = (starts[day] as number) + 1;
    }
    return order;
  }

  private dayNumberOf(day: Day): number {
    let number = this.dayIndex.get(day);
    if (number === undefined) {
      number = this.days.length;
      this.days.push(day);
      this.dayIndex.set(day, number);
      this.slotOfKey.push(new Int32Array(Math.max(64, this.keys.length)));
    }
    this.lastDay = day;
    this.lastDayNumber = number;
    return number;
  }

  private valueIndexOf(dimension: number, value: string): number {
    const indexes = this.valueIndex[dimension] as Map<string, number>;
    let index = indexes.get(value);
    if (index === undefined) {
      index = indexes.size;
      indexes.set(value, index);
      const part = segmentKeyPart(this.dimensions[dimension] as Dimension, value);
      (this.parts[dimension] as string[]).push(part);
      (this.singleKeys[dimension] as number[]).push(this.keyIndex.get(part) ?? this.newKey(part));
    }
    return index;
  }

  private pairKeyOf(first: number, firstValue: number, second: number, secondValue: number): number {
    const table = this.pairKeys[first * this.dimensions.length + second] as number[][];
    let row = table[firstValue];
    if (row === undefined) {
      row = [];
      table[firstValue] = row;
    }
    let key = row[secondValue];
    if (key === undefined) {
      const a = (this.parts[first] as string[])[firstValue] as string;
      const b = (this.parts[second] as string[])[secondValue] as string;
      const text = `${a}|${b}`;
      key = this.keyIndex.get(text) ?? this.newKey(text);
      row[secondValue] = key;
    }
    return key;
  }

  private newKey(key: string): number {
    this.keys.push(key);
    this.keyIndex.set(key, this.keys.length - 1);
    return this.keys.length - 1;
  }

  private select(day: number, key: number): void {
    let table = this.slotOfKey[day] as Int32Array;
    if (key >= table.length) {
      const grown = new Int32Array(Math.max(key + 1, table.length * 2));
      grown.set(table);
      table = grown;
      this.slotOfKey[day] = grown;
    }
    let slot = (table[key] as number) - 1;
    if (slot < 0) {
      slot = this.newSlot(day, key);
      table[key] = slot + 1;
    }
    this.selection[this.selected++] = slot;
  }

  private newSlot(day: number, key: number): number {
    const slot = this.slots++;
    if ((slot & IN_PAGE) === 0) {
      const words = new Uint32Array(PAGE_SLOTS * this.stride);
      this.pages.push(words);
      this.pageDoubles.push(new Float64Array(words.buffer));
    }
    if (slot === this.slotDay.length) {
      this.slotDay = grown(this.slotDay);
      this.slotKey = grown(this.slotKey);
    }
    this.slotDay[slot] = day;
    this.slotKey[slot] = key;
    return slot;
  }

  private factorColumnOf(factor: string): number {
    let column = this.factorIndex.get(factor);
    if (column === undefined) {
      column = this.factorNames.length;
      if (FACTORS + column === this.stride) this.widen(this.stride + 16);
      this.factorNames.push(factor);
      this.factorIndex.set(factor, column);
    }
    return column;
  }

  /** Makes room for more factors in every record. */
  private widen(stride: number): void {
    this.pages = this.pages.map((page) => {
      const wider = new Uint32Array(PAGE_SLOTS * stride);
      for (let slot = 0; slot < PAGE_SLOTS; slot++)
        wider.set(page.subarray(slot * this.stride, (slot + 1) * this.stride), slot * stride);
      return wider;
    });
    this.pageDoubles = this.pages.map((page) => new Float64Array(page.buffer));
    this.stride = stride;
  }
}

interface FactorColumn {
  readonly name: string;
  readonly word: number;
}

// Typed-array cells always exist within bounds; these read them without an `undefined` check at every update.
function addWord(words: Uint32Array, index: number, amount: number): void {
  words[index] = (words[index] as number) + amount;
}

function addDouble(doubles: Float64Array, index: number, amount: number): void {
  doubles[index] = (doubles[index] as number) + amount;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function toRollup(
  word: (index: number) => number,
  lostTimeMinutes: number,
  lostTimeMinutesSquared: number,
  factorOrder: readonly FactorColumn[],
): Rollup {
  const factors: Record<string, number> = {};
  for (const { name, word: at } of factorOrder) {
    const count = word(at);
    if (count !== 0) factors[name] = count;
  }
  return {
    histogram: [
      word(0),
      word(1),
      word(2),
      word(3),
      word(4),
      word(5),
      word(6),
      word(7),
      word(8),
      word(9),
      word(10),
    ],
    lostTimeAnswers: word(LOST_ANSWERS),
    lostTimeMinutes,
    lostTimeMinutesSquared,
    factors,
    resolved: word(OUTCOME.resolved),
    sent: word(OUTCOME.sent),
    answered: word(OUTCOME.answered),
    expired: word(OUTCOME.expired),
  };
}
