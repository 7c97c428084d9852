/**
 * A digest of structured data: SHA-256 of its canonical JSON. The same data gives the same
 * digest whatever the order its objects' keys were written in; any change of a value, of the
 * order of a list or of a map, or of a key, gives another. Pages are cached by such digests of
 * what they render, so a value the digest cannot see would leave a stale page: anything that is
 * not plain data (a function, a class instance without `toJSON`) is refused rather than left out.
 */
import { createHash } from 'node:crypto';

/** A path into the data, for the message when a value cannot be written. */
function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${String(key)}]` : `${path}.${key}`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function canonical(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is ${String(value)}, which JSON cannot hold`);
    return value;
  }
  if (typeof value !== 'object') throw new TypeError(`${path} is a ${typeof value}, which is not data`);
  if (Array.isArray(value)) return value.map((item: unknown, index) => canonical(item ?? null, at(path, index)));
  // Maps and sets keep their order: a page lists their entries in that order.
  if (value instanceof Map) {
    return {
      $map: [...value].map(([key, item], index) => [canonical(key, at(path, index)), canonical(item, at(path, index))]),
    };
  }
  if (value instanceof Set) return { $set: [...value].map((item: unknown, index) => canonical(item, at(path, index))) };
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof URL) return { $url: value.href };
  // An object that says how it is written as JSON is written so, as JSON.stringify does.
  if (hasToJson(value)) return canonical(value.toJSON(), path);
  if (!isPlainObject(value)) throw new TypeError(`${path} is a ${value.constructor.name}, which is not plain data`);
  const entries = Object.keys(value)
    .sort()
    .filter((key) => value[key] !== undefined)
    .map((key) => [key, canonical(value[key], at(path, key))] as const);
  return Object.fromEntries(entries);
}

/** The data as JSON with the keys of every object sorted; maps, sets, dates and URLs tagged. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value, '(data)'));
}

/** SHA-256 of the data's canonical JSON, in hexadecimal. */
export function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
