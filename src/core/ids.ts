/** Short ids people can type: a letter and a number, e.g. `g3`, unique within a collection. */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  return `${prefix}${highestId(prefix, existing) + 1}`;
}

/** The highest number among the ids `prefix` + a whole number, 0 if there are none. */
export function highestId(prefix: string, existing: readonly { id: string }[]): number {
  let max = 0;
  for (const { id } of existing) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max;
}
