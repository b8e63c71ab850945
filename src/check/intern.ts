// Tables that give each distinct value a small number, so that a stored state can be a flat list
// of numbers (state-record.ts). A value's number never changes within one exploration, and
// equal values get equal numbers, so a state's numbers say exactly what its values say. The
// tables only grow: they hold the distinct values seen (a few hundred strings and code lists,
// the NVM images the search wrote), not one entry per state.

/** Joins a code list into its key (no code holds it). */
const LIST_SEPARATOR = '\u0000';

/** Distinct values by a text key (strings are their own key). */
export class Interner<T> {
  private readonly ids = new Map<string, number>();
  private readonly values: T[] = [];

  constructor(private readonly keyOf: (v: T) => string) {}

  id(v: T): number {
    const k = this.keyOf(v);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(k, id);
      this.values.push(v);
    }
    return id;
  }

  value(id: number): T {
    return this.values[id];
  }
}

export class StringTable extends Interner<string> {
  constructor() {
    super((s) => s);
  }

  /** The id of `s`, trying `likeId` first (a value usually equals the one before the step). */
  idLike(s: string, likeId: number): number {
    return likeId >= 0 && this.value(likeId) === s ? likeId : this.id(s);
  }
}

/** Code lists (the firmware's slots), copied on the way in: the table's lists are never written. */
export class CodeListTable {
  private readonly ids = new Map<string, number>();
  private readonly lists: (readonly string[])[] = [];
  /** The id the last lookup by key found: a list that changes in a step (a pack pull empties
   * the RAM, a power-up reloads it) mostly changes to the one it changed to last time. */
  private lastFound = -1;

  /** The id of `codes`, trying `likeId` first; `codes` itself is not kept. */
  idLike(codes: readonly string[], likeId: number): number {
    if (likeId >= 0 && sameStrings(this.lists[likeId], codes)) return likeId;
    if (this.lastFound >= 0 && sameStrings(this.lists[this.lastFound], codes)) return this.lastFound;
    const key = codes.join(LIST_SEPARATOR);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(key, id);
      this.lists.push(codes.slice());
    }
    this.lastFound = id;
    return id;
  }

  value(id: number): readonly string[] {
    return this.lists[id];
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Bytes compared at once. */
const WORD = 4;

/** NVM images, deduplicated by content; each image's derived values can be memoised by id. */
export class NvmImages {
  private readonly images: Uint8Array[] = [];
  /** Each image as 32-bit words (its length a multiple of WORD bytes: compared word by word). */
  private readonly words: (Uint32Array | null)[] = [];
  /** Image ids by a 32-bit hash of their content. */
  private readonly byHash = new Map<number, number[]>();
  /** The word view of the last image compared (the twin's own EEPROM array, every time). */
  private probe: Uint8Array | null = null;
  private probeWords: Uint32Array | null = null;

  /** The id of an image with these bytes, trying `likeId` first (the table's own array is
   * known by sight); `bytes` itself is not kept. */
  idLike(bytes: Uint8Array, likeId: number): number {
    if (likeId >= 0 && (this.images[likeId] === bytes || this.same(likeId, bytes))) return likeId;
    const h = contentHash(bytes);
    let ids = this.byHash.get(h);
    if (ids === undefined) {
      ids = [];
      this.byHash.set(h, ids);
    }
    for (const id of ids) if (this.same(id, bytes)) return id;
    const id = this.images.length;
    const copy = bytes.slice();
    this.images.push(copy);
    this.words.push(wordsOf(copy));
    ids.push(id);
    return id;
  }

  /** The image (shared: never written to). */
  value(id: number): Uint8Array {
    return this.images[id];
  }

  private same(id: number, bytes: Uint8Array): boolean {
    const image = this.images[id];
    if (image.length !== bytes.length) return false;
    if (bytes !== this.probe) {
      this.probe = bytes;
      this.probeWords = wordsOf(bytes);
    }
    const a = this.words[id];
    const b = this.probeWords;
    if (a === null || b === null) return sameBytes(image, bytes);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
}

/** The bytes as 32-bit words, or null when they do not fill whole aligned words. */
function wordsOf(bytes: Uint8Array): Uint32Array | null {
  if (bytes.length % WORD !== 0 || bytes.byteOffset % WORD !== 0) return null;
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / WORD);
}

function contentHash(bytes: Uint8Array): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
  return h >>> 0;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
