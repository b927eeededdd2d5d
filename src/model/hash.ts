/**
 * A content hash (two 32-bit FNV/murmur-style lanes, murmur3 finaliser, printed as 128 bits), pure so the compiler runs the
 * same in Node and in a browser. It only detects change (the bundle version); it is not cryptographic.
 */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of one string, as 32 hex digits. */
export function contentHash(text: string): string {
  return createHasher().update(text).digest();
}

/**
 * Incremental form, to hash large content piece by piece without joining it into one string first.
 * Two multiply lanes per character (64 bits of state, widened by the finaliser): enough to detect change.
 */
export function createHasher(): { update(text: string): ReturnType<typeof createHasher>; digest(): string } {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let n = 0;
  const hasher = {
    update(text: string) {
      // Locals, not the closure's variables, in the loop: V8 keeps them in registers.
      let x = a;
      let y = b;
      const len = text.length;
      for (let i = 0; i < len; i++) {
        const ch = text.charCodeAt(i);
        x = Math.imul(x ^ ch, 0x01000193);
        y = Math.imul(y ^ ch, 0x5bd1e995) ^ (x >>> 15);
      }
      n += len;
      // A separator between pieces, so ["ab", "c"] and ["a", "bc"] differ.
      a = Math.imul(x ^ 0xffff, 0x01000193);
      b = y;
      return hasher;
    },
    digest() {
      return [fmix(a ^ n), fmix(b ^ Math.imul(a, 31)), fmix(a ^ b ^ 0x27d4eb2f), fmix(b + Math.imul(n, 0x165667b1))]
        .map((h) => h.toString(16).padStart(8, '0'))
        .join('');
    },
  };
  return hasher;
}
