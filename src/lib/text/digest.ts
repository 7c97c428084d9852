/**
 * A digest of structured data: SHA-256 of its canonical JSON. The same data gives the same
 * digest whatever the order its objects' keys were written in; any change of a value, of the
 * order of a list or of a map, or of a key, gives another. Pages are cached by such digests of
 * what they render, so a value the digest cannot see would leave a stale page: anything that is
 * not plain data (a function, a class instance without `toJSON`) is refused rather than left out.
 */
import { createHash } from 'node:crypto';

/** Where the writer is in the data, for the message when a value cannot be written. */
type Path = (string | number)[];

/**
 * What is written so far. With `seen`, an object or list met again (the same one, not an equal
 * one) is written `@n`, the number of its first writing, which JSON never holds outside a
 * string: the text still stands for exactly one value, and a page whose data refers to its
 * statements from several places is read once.
 */
interface Writer {
  out: string[];
  path: Path;
  seen: Map<object, number> | undefined;
}

function pathText(path: Path): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${String(key)}]` : `${text}.${key}`),
    '(data)',
  );
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * Writes the value's canonical JSON into `out`, piece by piece, without a copy of the data:
 * the pages of a large site are keyed by it, so it runs over every page's data on each build.
 */
function write(value: unknown, writer: Writer): void {
  const { out, path } = writer;
  if (value === null || typeof value === 'boolean') {
    out.push(String(value));
    return;
  }
  if (typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${pathText(path)} is ${String(value)}, which JSON cannot hold`);
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value !== 'object') throw new TypeError(`${pathText(path)} is a ${typeof value}, which is not data`);
  const first = writer.seen?.get(value);
  if (first !== undefined) {
    out.push(`@${String(first)}`);
    return;
  }
  writer.seen?.set(value, writer.seen.size);
  if (Array.isArray(value)) {
    writeList(value, writer, (item) => item ?? null);
    return;
  }
  // Maps and sets keep their order: a page lists their entries in that order.
  if (value instanceof Map) {
    out.push('{"$map":');
    writeList([...value], writer, ([key, item]: [unknown, unknown]) => [key, item]);
    out.push('}');
    return;
  }
  if (value instanceof Set) {
    out.push('{"$set":');
    writeList([...value], writer, (item) => item);
    out.push('}');
    return;
  }
  if (value instanceof Date) write({ $date: value.toISOString() }, writer);
  else if (value instanceof URL) write({ $url: value.href }, writer);
  // An object that says how it is written as JSON is written so, as JSON.stringify does.
  else if (hasToJson(value)) write(value.toJSON(), writer);
  else if (isPlainObject(value)) writeObject(value, writer);
  else throw new TypeError(`${pathText(path)} is a ${value.constructor.name}, which is not plain data`);
}

function writeList<T>(items: readonly T[], writer: Writer, item: (value: T) => unknown): void {
  const { out, path } = writer;
  out.push('[');
  items.forEach((value, index) => {
    if (index > 0) out.push(',');
    path.push(index);
    write(item(value), writer);
    path.pop();
  });
  out.push(']');
}

function writeObject(value: Record<string, unknown>, writer: Writer): void {
  const { out, path } = writer;
  out.push('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    if (value[key] === undefined) continue;
    out.push(first ? '' : ',', JSON.stringify(key), ':');
    first = false;
    path.push(key);
    write(value[key], writer);
    path.pop();
  }
  out.push('}');
}

/** The data as JSON with the keys of every object sorted; maps, sets, dates and URLs tagged. */
export function canonicalJson(value: unknown): string {
  const writer: Writer = { out: [], path: [], seen: undefined };
  write(value, writer);
  return writer.out.join('');
}

/**
 * SHA-256 of the data's canonical JSON, in hexadecimal; an object or list met again in it is
 * written as a reference to its first writing, so shared data is read once. Equal data shared
 * in another way has another digest: at worst a page rendered again, never a stale one.
 */
export function digest(value: unknown): string {
  const writer: Writer = { out: [], path: [], seen: new Map() };
  write(value, writer);
  return createHash('sha256').update(writer.out.join('')).digest('hex');
}
