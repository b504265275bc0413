import { TARGET_GROUPS } from '@jobbro/candidates';
import type { CandidateFacts } from '../scoring/match-facts';
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

function grown<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2, 16));
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
  ids: string[] = [];
  readonly slotOf = new Map<string, number>();
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
    this.ids[slot] = row.id;
    this.slotOf.set(row.id, slot);
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

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.liveCount--;
  }

  /** Gives back the room doubling left at the end of the lists, after a bulk load. */
  trim(): void {
    for (let ordinal = 0; ordinal < this.lists.length; ordinal++) {
      if (this.lists[ordinal].length > this.listLength[ordinal]) {
        this.lists[ordinal] = this.lists[ordinal].slice(0, this.listLength[ordinal]);
      }
    }
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
      id: this.ids[slot],
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
