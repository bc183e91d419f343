// Check symbols: how a code catches typing and copying mistakes.
//
// Each code ends in check symbols. A class code's one check symbol catches every single wrong
// character and every swap of two neighbouring characters. A result code's three catch any one
// or two wrong characters, anywhere, so also any two characters swapped, and other damage (a
// character added or left out, three wrong) 32,767 times in 32,768: a teacher never sees a
// score because of a typo. The checksum is not a signature.
import { SYMBOL_BITS } from './base32';

// The check is Σ s_i·x^(i+1) over the field GF(2^m), plus a constant so that a code of all
// zeros is not valid. Each position has its own nonzero weight (x has order 2^m − 1, longer
// than any code), so one wrong symbol always changes the sum; neighbours have different
// weights, so swapping two different symbols does too.

export interface Field {
  bits: number;
  /** A primitive polynomial of degree `bits`, with its top bit. */
  poly: number;
}

export const CLASS_FIELD: Field = { bits: 5, poly: 0b100101 }; // x^5 + x^2 + 1: one check symbol
/** Result codes before format "R" (format "T") had two check symbols over GF(2^10). */
export const OLD_RESULT_FIELD: Field = { bits: 10, poly: 0b10000001001 }; // x^10 + x^3 + 1

function gfMul(a: number, b: number, f: Field): number {
  let r = 0;
  for (let x = a, y = b; y > 0; y >>= 1) {
    if (y & 1) r ^= x;
    x <<= 1;
    if (x >> f.bits) x ^= f.poly;
  }
  return r;
}

function checkSymbols(data: readonly number[], f: Field): number[] {
  let sum = 1;
  let weight = 2;
  for (const s of data) {
    sum ^= gfMul(s, weight, f);
    weight = gfMul(weight, 2, f);
  }
  const out: number[] = [];
  for (let i = f.bits - SYMBOL_BITS; i >= 0; i -= SYMBOL_BITS) out.push((sum >> i) & 31);
  return out;
}

export const checkCount = (f: Field) => f.bits / SYMBOL_BITS;

export function withCheck(data: readonly number[], f: Field): number[] {
  return [...data, ...checkSymbols(data, f)];
}

/** The data symbols if the check symbols at the end agree with them, otherwise null. */
export function checked(symbols: readonly number[], f: Field): number[] | null {
  const data = symbols.slice(0, symbols.length - checkCount(f));
  const expected = checkSymbols(data, f);
  return expected.every((s, i) => s === symbols[data.length + i]) ? data : null;
}

// Result codes: three check symbols c0, c1, c2 in GF(32) (the class code's field), chosen so
// that Σ s_i·(1, a_i, b_i) + (c0, c1, c2) = (1, 0, 0), where data symbol i (from 0) has
// a_i + 32·b_i = i + 1. That is a Hamming code over GF(32): the columns (1, a_i, b_i) and those
// of the check symbols, (1,0,0), (0,1,0) and (0,0,1), are pairwise independent, so no one or
// two wrong symbols can leave the sum unchanged, for up to 1,022 data symbols.

const GF32 = CLASS_FIELD;
const RESULT_CHECKS = 3;
/** The longest a result code's data can be for the guarantee above: far more than any code. */
export const MAX_RESULT_DATA = 32 * 32 - 2;

export function resultCheckSymbols(data: readonly number[]): number[] {
  let [c0, c1, c2] = [1, 0, 0];
  for (const [i, s] of data.entries()) {
    c0 ^= s;
    c1 ^= gfMul(s, (i + 1) % 32, GF32);
    c2 ^= gfMul(s, Math.floor((i + 1) / 32), GF32);
  }
  return [c0, c1, c2];
}

/** The data symbols of a result code if its three check symbols agree with them, otherwise null. */
export function resultData(symbols: readonly number[]): number[] | null {
  if (symbols.length <= RESULT_CHECKS || symbols.length - RESULT_CHECKS > MAX_RESULT_DATA) return null;
  const data = symbols.slice(0, symbols.length - RESULT_CHECKS);
  const expected = resultCheckSymbols(data);
  return expected.every((s, i) => s === symbols[data.length + i]) ? data : null;
}
