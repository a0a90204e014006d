/**
 * A ragged array of small integers (each row a sorted set), stored as two typed arrays as in
 * compressed sparse rows: row i is values[start[i] .. start[i + 1]). Holds, for every item of
 * the facet index, its themes or organisations in a few bytes per value instead of an object.
 */
export type Ragged = { start: Int32Array; values: Int32Array };

/** The ragged array of `size` rows from (row, value) pairs, each row sorted and without duplicates. */
export function raggedFrom(size: number, rows: ArrayLike<number>, values: ArrayLike<number>): Ragged {
  const counts = new Int32Array(size + 1);
  for (let k = 0; k < rows.length; k += 1) counts[rows[k]! + 1]! += 1;
  for (let i = 0; i < size; i += 1) counts[i + 1]! += counts[i]!;
  const fill = counts.slice(0, size);
  const raw = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k += 1) raw[fill[rows[k]!]!++] = values[k]!;
  // Sort and deduplicate each row in place, then compact.
  const start = new Int32Array(size + 1);
  let out = 0;
  for (let i = 0; i < size; i += 1) {
    const row = raw.subarray(counts[i]!, counts[i + 1]!).sort();
    start[i] = out;
    for (let k = 0; k < row.length; k += 1) if (k === 0 || row[k] !== row[k - 1]) raw[out++] = row[k]!;
  }
  start[size] = out;
  return { start, values: raw.slice(0, out) };
}

export const rowOf = (r: Ragged, i: number): Int32Array => r.values.subarray(r.start[i]!, r.start[i + 1]!);

/** Whether row i holds value (binary search: rows are sorted). */
export function rowHas(r: Ragged, i: number, value: number): boolean {
  let lo = r.start[i]!;
  let hi = r.start[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = r.values[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export const raggedBytes = (r: Ragged) => r.start.byteLength + r.values.byteLength;
