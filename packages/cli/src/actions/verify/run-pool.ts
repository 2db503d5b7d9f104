/**
 * Runs `work` over `items` with at most `concurrency` in flight, in order of start; results keep item order.
 *
 * @example await runPool([1, 2, 3], 2, async (n) => n * 2) // [2, 4, 6]
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
