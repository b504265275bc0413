import { TARGET_GROUPS } from '@jobbro/candidates';
import type { CandidateFacts } from '../scoring/match-facts';
import { IdIndex } from './id-index';
import { UNKNOWN_GROUP, type MatchDictionary } from './match-dictionary';

/** A candidate as the match index loads it: no name, no contact; skills as dictionary ordinals. */
export interface CandidateRow {
  id: string;
  birthDate: string | null;
  targetGroup: string | null;
  hoursPerWeek: number | null;
  travelReachKm: number | null;
  ladderStep: number;
  willingToChangeSector: boolean;
  desiredOccupations: readonly string[];
  desiredSectors: readonly string[];
  latitude: number | null;
  longitude: number | null;
  placed: boolean;
  skillOrdinals: readonly number[];
  skillLevels: readonly number[];
}

/** A date YYYY-MM-DD as the number YYYYMMDD, which orders as the dates do; 0 for none. */
export function dateNumber(date: string | null): number {
  return date ? Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10)) : 0;
}

/** Grid cells of 0.1° latitude (11 km) by 0.15° longitude (about 10 km in Denmark). */
export const CELL_LATITUDE = 0.1;
export const CELL_LONGITUDE = 0.15;
export const CELLS_AROUND = Math.ceil(360 / CELL_LONGITUDE);
export const KM_PER_DEGREE = 111.2;
/** Travel reach classes: a candidate is filed under the first bound at or above its reach. */
export const REACH_CLASSES = [10, 20, 30, 45, 60, 90, 150, 250, 500] as const;

export const cellOf = (latitude: number, longitude: number) =>
  Math.floor((latitude + 90) / CELL_LATITUDE) * CELLS_AROUND + Math.floor((longitude + 180) / CELL_LONGITUDE);

/** A growable list of slots. */
export class SlotList {
  slots = new Int32Array(8);
  length = 0;
  push(slot: number): void {
    if (this.length === this.slots.length) this.slots = grown(this.slots, this.length + 1);
    this.slots[this.length++] = slot;
  }

  trim(): void {
    if (this.slots.length > this.length) this.slots = this.slots.slice(0, this.length);
  }
}

/** Room for `needed`: doubling while small, a quarter more once large, so a big column never doubles for one row. */
function grown<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const more = array.length < 1 << 20 ? array.length : array.length >> 2;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length + more, 16));
  next.set(array);
  return next;
}

/**
 * One jobcentre's candidates in columns of typed arrays, with an inverted list of candidate slots per skill: what
 * the ranker reads. A change appends a new slot and marks the old one dead, so readers never see a half-made row and
 * lists never need editing; `compactionDue` says when dead slots have grown enough for a rebuild.
 */
export class CandidateStore {
  size = 0;
  liveCount = 0;
  private readonly idIndex = new IdIndex();
  alive = new Uint8Array(0);
  birth = new Int32Array(0);
  group = new Uint8Array(0);
  /** -1: not known. */
  hours = new Int32Array(0);
  reach = new Int32Array(0);
  /** NaN: not known. */
  latitude = new Float64Array(0);
  longitude = new Float64Array(0);
  ladder = new Uint8Array(0);
  willing = new Uint8Array(0);
  placed = new Uint8Array(0);
  sectorMask = new Int32Array(0);
  occupationStart = new Int32Array(0);
  occupationCount = new Uint8Array(0);
  occupationPool = new Uint16Array(0);
  occupationPoolLength = 0;
  skillStart = new Int32Array(0);
  skillCount = new Uint16Array(0);
  skillPool = new Uint16Array(0);
  levelPool = new Uint8Array(0);
  skillPoolLength = 0;
  /**
   * Where candidates live, for the travel rule: per reach class, grid cell → slots; candidates without a known home
   * or reach can travel anywhere as far as the rule knows, and are listed apart.
   */
  readonly cellsByReach = REACH_CLASSES.map(() => new Map<number, SlotList>());
  readonly anywhere = new SlotList();
  /** Per skill ordinal: the slots holding it, dead ones included until compaction. */
  readonly lists: Int32Array[];
  readonly listLength: Int32Array;

  constructor(readonly dictionary: MatchDictionary) {
    this.lists = dictionary.skillUris.map(() => new Int32Array(0));
    this.listLength = new Int32Array(dictionary.skillUris.length);
  }

  get deadCount(): number {
    return this.size - this.liveCount;
  }

  /** Dead slots are a quarter of all: worth rebuilding the store from the live ones. */
  get compactionDue(): boolean {
    return this.deadCount > 10_000 && this.deadCount * 4 > this.size;
  }

  upsert(row: CandidateRow): void {
    this.remove(row.id);
    const slot = this.size++;
    this.ensureSlots(this.size);
    const { dictionary } = this;
    this.idIndex.set(row.id, slot);
    this.alive[slot] = 1;
    this.liveCount++;
    this.birth[slot] = dateNumber(row.birthDate);
    this.group[slot] =
      row.targetGroup === null ? UNKNOWN_GROUP : (dictionary.groupIndex.get(row.targetGroup) ?? UNKNOWN_GROUP);
    this.hours[slot] = row.hoursPerWeek ?? -1;
    this.reach[slot] = row.travelReachKm ?? -1;
    this.latitude[slot] = row.latitude ?? NaN;
    this.longitude[slot] = row.longitude ?? NaN;
    this.ladder[slot] = row.ladderStep;
    this.willing[slot] = row.willingToChangeSector ? 1 : 0;
    this.placed[slot] = row.placed ? 1 : 0;
    this.sectorMask[slot] = dictionary.sectorMask(row.desiredSectors);
    this.fileAt(slot, row.latitude, row.longitude ?? NaN, row.travelReachKm);

    const occupations = row.desiredOccupations
      .map((code) => dictionary.occupationOrdinal.get(code))
      .filter((ordinal): ordinal is number => ordinal !== undefined)
      .slice(0, 255);
    this.occupationPool = grown(this.occupationPool, this.occupationPoolLength + occupations.length);
    this.occupationStart[slot] = this.occupationPoolLength;
    this.occupationCount[slot] = occupations.length;
    for (const ordinal of occupations) this.occupationPool[this.occupationPoolLength++] = ordinal;

    const count = row.skillOrdinals.length;
    this.skillPool = grown(this.skillPool, this.skillPoolLength + count);
    this.levelPool = grown(this.levelPool, this.skillPoolLength + count);
    this.skillStart[slot] = this.skillPoolLength;
    this.skillCount[slot] = count;
    for (let index = 0; index < count; index++) {
      const ordinal = row.skillOrdinals[index];
      this.skillPool[this.skillPoolLength] = ordinal;
      this.levelPool[this.skillPoolLength++] = row.skillLevels[index];
      const length = this.listLength[ordinal];
      if (length === this.lists[ordinal].length) this.lists[ordinal] = grown(this.lists[ordinal], length + 1);
      this.lists[ordinal][length] = slot;
      this.listLength[ordinal] = length + 1;
    }
  }

  private fileAt(slot: number, latitude: number | null, longitude: number, reach: number | null): void {
    if (latitude === null || Number.isNaN(longitude) || reach === null || reach > REACH_CLASSES.at(-1)!) {
      this.anywhere.push(slot);
      return;
    }
    const cells = this.cellsByReach[REACH_CLASSES.findIndex((bound) => reach <= bound)];
    const cell = cellOf(latitude, longitude);
    let list = cells.get(cell);
    if (!list) cells.set(cell, (list = new SlotList()));
    list.push(slot);
  }

  idOf(slot: number): string {
    return this.idIndex.idOf(slot);
  }

  /** The live slot of a candidate, if the store holds it. */
  slotFor(id: string): number | undefined {
    return this.idIndex.get(id);
  }

  /** The live slots, in no particular order. */
  liveSlots(): number[] {
    return this.idIndex.slots();
  }

  /** Orders two slots by their candidates' ids. */
  compareIds(a: number, b: number): number {
    return this.idIndex.compare(a, b);
  }

  remove(id: string): void {
    const slot = this.idIndex.get(id);
    if (slot === undefined) return;
    this.idIndex.delete(id);
    this.alive[slot] = 0;
    this.liveCount--;
  }

  /** Gives back the room doubling left at the end of the pools and lists, after a bulk load. */
  trim(): void {
    for (let ordinal = 0; ordinal < this.lists.length; ordinal++) {
      if (this.lists[ordinal].length > this.listLength[ordinal]) {
        this.lists[ordinal] = this.lists[ordinal].slice(0, this.listLength[ordinal]);
      }
    }
    this.skillPool = this.skillPool.slice(0, this.skillPoolLength);
    this.levelPool = this.levelPool.slice(0, this.skillPoolLength);
    this.occupationPool = this.occupationPool.slice(0, this.occupationPoolLength);
    for (const list of [...this.cellsByReach.flatMap((cells) => [...cells.values()]), this.anywhere]) list.trim();
  }

  /** The slot's candidate as the rule functions take it. */
  facts(slot: number): CandidateFacts {
    const { dictionary } = this;
    const skills = new Map<string, number>();
    for (let index = this.skillStart[slot], end = index + this.skillCount[slot]; index < end; index++) {
      skills.set(dictionary.skillUris[this.skillPool[index]], this.levelPool[index]);
    }
    const desiredOccupations: string[] = [];
    for (let index = this.occupationStart[slot], end = index + this.occupationCount[slot]; index < end; index++) {
      desiredOccupations.push(dictionary.occupationCodes[this.occupationPool[index]]);
    }
    const birth = this.birth[slot];
    const group = this.group[slot];
    const latitude = this.latitude[slot];
    return {
      id: this.idOf(slot),
      birthDate: birth === 0 ? null : formatDateNumber(birth),
      targetGroup: group === UNKNOWN_GROUP ? null : TARGET_GROUPS[group],
      hoursPerWeek: this.hours[slot] < 0 ? null : this.hours[slot],
      home: Number.isNaN(latitude) ? null : { latitude, longitude: this.longitude[slot] },
      travelReachKm: this.reach[slot] < 0 ? null : this.reach[slot],
      ladderStep: this.ladder[slot],
      skills,
      desiredOccupations,
      desiredIscoCodes: dictionary.iscoCodesOf(desiredOccupations),
      desiredSectors: [...dictionary.sectorBit].filter(([, bit]) => this.sectorMask[slot] & bit).map(([code]) => code),
      willingToChangeSector: this.willing[slot] === 1,
      placed: this.placed[slot] === 1,
    };
  }

  /**
   * Room for a load whose size is known beforehand: every column and skill list allocated once at its final size,
   * instead of grown (and copied, and left for the garbage collector) again and again while a million rows arrive.
   */
  reserve(candidates: number, skillsPerOrdinal: ReadonlyMap<number, number>): void {
    this.ensureSlots(candidates);
    let skills = 0;
    for (const [ordinal, count] of skillsPerOrdinal) {
      skills += count;
      if (ordinal >= 0 && ordinal < this.lists.length && this.lists[ordinal].length < count) {
        const list = new Int32Array(count);
        list.set(this.lists[ordinal].subarray(0, this.listLength[ordinal]));
        this.lists[ordinal] = list;
      }
    }
    this.skillPool = grown(this.skillPool, skills);
    this.levelPool = grown(this.levelPool, skills);
    this.occupationPool = grown(this.occupationPool, candidates);
  }

  private ensureSlots(needed: number): void {
    if (needed <= this.alive.length) return;
    this.alive = grown(this.alive, needed);
    this.birth = grown(this.birth, needed);
    this.group = grown(this.group, needed);
    this.hours = grown(this.hours, needed);
    this.reach = grown(this.reach, needed);
    this.latitude = grown(this.latitude, needed);
    this.longitude = grown(this.longitude, needed);
    this.ladder = grown(this.ladder, needed);
    this.willing = grown(this.willing, needed);
    this.placed = grown(this.placed, needed);
    this.sectorMask = grown(this.sectorMask, needed);
    this.occupationStart = grown(this.occupationStart, needed);
    this.occupationCount = grown(this.occupationCount, needed);
    this.skillStart = grown(this.skillStart, needed);
    this.skillCount = grown(this.skillCount, needed);
  }
}

function formatDateNumber(value: number): string {
  const pad = (part: number, width: number) => String(part).padStart(width, '0');
  return `${pad(Math.floor(value / 10000), 4)}-${pad(Math.floor(value / 100) % 100, 2)}-${pad(value % 100, 2)}`;
}
