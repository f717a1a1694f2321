/** A small seeded pseudo-random generator (mulberry32): tests and benchmarks that generate data
 * get the same data on every run, so a failure reproduces. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
