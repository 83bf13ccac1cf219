// A bump allocator over one fixed-size WebAssembly memory: every buffer a run needs is planned up front
// (plan), the memory is made once with exactly that size, and then carved in the same order (take).
// Nothing is ever freed or grown, so typed-array views on the memory stay valid for the whole run.

const ALIGN = 64; // a cache line: every buffer starts on its own line, and 16-byte SIMD loads are aligned

/** Counts the bytes of a sequence of buffers, then hands out their offsets in the same order. */
export class Arena {
  private offset: number;

  constructor(
    readonly base: number,
    readonly limit = Infinity,
  ) {
    this.offset = Arena.align(base);
  }

  static align(n: number): number {
    return Math.ceil(n / ALIGN) * ALIGN;
  }

  /** Reserves bytes and returns their offset; throws past the limit (a planning mistake, not bad input). */
  take(bytes: number): number {
    const at = this.offset;
    this.offset = Arena.align(at + bytes);
    if (this.offset > this.limit) throw new Error(`wasm arena: ${this.offset} bytes exceed the memory (${this.limit})`);
    return at;
  }

  /** The first free byte: after planning, the memory size the buffers need. */
  get end(): number {
    return this.offset;
  }
}
