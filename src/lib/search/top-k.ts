/**
 * The k first of 0..n−1 in the order `before` gives, skipping those `keep` refuses: one pass,
 * k insertions at most each, instead of sorting all n (organisations, ideas of the catalogue).
 */
export function topK(n: number, k: number, before: (a: number, b: number) => boolean, keep: (i: number) => boolean): number[] {
  const top: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (!keep(i) || (top.length === k && !before(i, top[k - 1]!))) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1]!)) at -= 1;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
