// Crockford's base 32 and the bit fields codes are made of.
//
// Both codes use Crockford's base 32 (digits and capital letters without I, L, O, U), so they
// survive being read aloud, hand-written, put in a URL, or QR-encoded in its compact
// alphanumeric mode.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SYMBOL_BITS = 5;

/** Crockford's reading rules: any case; O is 0, I and L are 1; spaces and hyphens are layout. */
export function normalize(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The symbols of a normalized code, or the first character no code ever contains. */
export function toSymbols(normal: string): number[] | { bad: string } {
  const out: number[] = [];
  for (const ch of normal) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return { bad: ch };
    out.push(v);
  }
  return out;
}

export const fromSymbols = (symbols: readonly number[]): string => symbols.map((s) => ALPHABET[s]).join('');

export function codeKey(text: string): string {
  return normalize(text);
}

// ——— Bits ———

export class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** The bits as base-32 symbols, the last one padded with zeros. */
  symbols(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.bits.length; i += SYMBOL_BITS) {
      let s = 0;
      for (let j = 0; j < SYMBOL_BITS; j++) s = s * 2 + (this.bits[i + j] ?? 0);
      out.push(s);
    }
    return out;
  }
}

/** Reads fields back; running past the end is reported, not thrown, as a damaged code. */
export class BitReader {
  private pos = 0;
  overrun = false;

  constructor(private readonly symbols: readonly number[]) {}

  read(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++, this.pos++) {
      const s = this.symbols[Math.floor(this.pos / SYMBOL_BITS)];
      if (s === undefined) {
        this.overrun = true;
        return 0;
      }
      v = v * 2 + ((s >> (SYMBOL_BITS - 1 - (this.pos % SYMBOL_BITS))) & 1);
    }
    return v;
  }

  /** True when only the zero padding of the last symbol is left: nothing added, nothing cut. */
  atCleanEnd(): boolean {
    const total = this.symbols.length * SYMBOL_BITS;
    if (this.overrun || total - this.pos >= SYMBOL_BITS) return false;
    return this.read(total - this.pos) === 0 && !this.overrun;
  }
}
