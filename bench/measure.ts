// Small helpers for the bench scripts: medians and aligned output. Benchmarks print figures; they
// never pass or fail a test run.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function report(name: string, values: number[], unit: string, target?: string): void {
  const shown = values.map((v) => v.toFixed(unit === "MB" ? 0 : 1)).join(", ");
  console.log(`${name.padEnd(46)} median ${median(values).toFixed(1).padStart(7)} ${unit}   runs: [${shown}]${target ? `   target: ${target}` : ""}`);
}
