// Offsets exposed by the extractor count Unicode code points (docs/extraction.md), while JS
// strings index UTF-16 code units. The engine works on UTF-16 indices internally (fast regexes)
// and converts once, at the boundary, with this index.

const SURROGATE = /[\uD800-\uDFFF]/;

/** Maps UTF-16 indices to code-point indices and back for one string. */
export class CodePointIndex {
  /** null when the string has no surrogate pairs: both index spaces are then identical. */
  private readonly cpAt: Uint32Array | null;
  private readonly unitAt: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!SURROGATE.test(text)) {
      this.cpAt = null;
      this.unitAt = null;
      this.length = text.length;
      return;
    }
    const cpAt = new Uint32Array(text.length + 1);
    const units: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      cpAt[i] = cp;
      units.push(i);
      const c = text.charCodeAt(i);
      // A high surrogate followed by a low one is a single code point: the low unit shares it.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cpAt[i + 1] = cp;
          i++;
        }
      }
      cp++;
    }
    cpAt[text.length] = cp;
    units.push(text.length);
    this.cpAt = cpAt;
    this.unitAt = Uint32Array.from(units);
    this.length = cp;
  }

  /** UTF-16 index → code-point index. An index inside a surrogate pair maps to its code point. */
  toCodePoint(unit: number): number {
    if (unit < 0) return 0;
    if (!this.cpAt) return Math.min(unit, this.text.length);
    return this.cpAt[Math.min(unit, this.text.length)] ?? this.length;
  }

  /** Code-point index → UTF-16 index. */
  toUnit(cp: number): number {
    if (cp < 0) return 0;
    if (!this.unitAt) return Math.min(cp, this.text.length);
    return this.unitAt[Math.min(cp, this.length)] ?? this.text.length;
  }

  /** Slice by code points, end exclusive, like `[...text].slice(start, end).join("")`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Code-point length of a string. */
export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Converts a UTF-16 span to code points. */
export function spanToCodePoints(index: CodePointIndex, span: Span): Span {
  return { start: index.toCodePoint(span.start), end: index.toCodePoint(span.end) };
}
