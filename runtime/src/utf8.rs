//! UTF-8 decoding as Go's `for range` over a string does it
//! (`runtime.decoderune`): an invalid or truncated sequence, a surrogate
//! or a value above U+10FFFF decodes as U+FFFD with width 1.

pub const RUNE_ERROR: u32 = 0xFFFD;

/// The rune at the start of `s` and its width in bytes (0 for empty `s`).
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    // (width, the first byte's payload bits, the minimum value encoded)
    let (n, init, min) = match b0 {
        0xC2..=0xDF => (2, (b0 & 0x1F) as u32, 0x80),
        0xE0..=0xEF => (3, (b0 & 0x0F) as u32, 0x800),
        0xF0..=0xF4 => (4, (b0 & 0x07) as u32, 0x10000),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// A new string holding rune `r` in UTF-8 (Go's `intstring`): U+FFFD
/// for negative values, surrogates and values above U+10FFFF.
/// Out of line: its buffer would keep the calling handler from
/// dispatching by a jump.
#[inline(never)]
pub fn rune_string(heap: &mut crate::malloc::Heap, r: i64) -> (*mut u8, usize) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    let bytes = c.encode_utf8(&mut buf).as_bytes();
    let p = heap.mallocgc(bytes.len(), true, false);
    // SAFETY: p is a fresh block of bytes.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
    (p, bytes.len())
}

/// `[]rune(s)`: a new array of the runes of `s` (as `for range` decodes
/// them); writes the slice (pointer, length, capacity) to `out[0..3]`.
/// The capacity is what the allocator's size class holds, as for an
/// escaping conversion in gc.
///
/// # Safety
/// `out` points to three writable slots.
#[inline(never)]
pub unsafe fn string_to_runes(heap: &mut crate::malloc::Heap, s: &[u8], out: *mut u64) {
    let mut runes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        runes.push(r);
        i += w;
    }
    let cap = crate::sizeclasses::roundupsize(runes.len() * 4, true) / 4;
    // Go's rawruneslice: the slots past the runes are cleared.
    let p = heap.mallocgc(cap * 4, true, false) as usize;
    for (k, r) in runes.iter().enumerate() {
        // SAFETY: p holds cap >= runes.len() 4-byte slots, 8-aligned.
        unsafe { crate::mem::store32(p + 4 * k, *r) };
    }
    // SAFETY: as above.
    unsafe { crate::mem::memclr(p + 4 * runes.len(), 4 * (cap - runes.len())) };
    // SAFETY: out has three slots (the contract).
    unsafe {
        *out = p as u64;
        *out.add(1) = runes.len() as u64;
        *out.add(2) = cap as u64;
    }
}

/// `string(runes)`: the UTF-8 encoding of `n` runes at `p` (invalid ones
/// as U+FFFD), as a new string (pointer, length).
#[inline(never)]
pub fn runes_to_string(heap: &mut crate::malloc::Heap, p: usize, n: usize) -> (*mut u8, usize) {
    let mut out = String::new();
    for k in 0..n {
        // SAFETY: the slice holds n runes at p (the caller's slice).
        let r = unsafe { crate::mem::load32(p + 4 * k) } as i32;
        out.push(
            u32::try_from(r)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}'),
        );
    }
    if out.is_empty() {
        return (std::ptr::null_mut(), 0);
    }
    let q = heap.mallocgc(out.len(), true, false);
    // SAFETY: q is a fresh block of out.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(out.as_ptr(), q, out.len()) };
    (q, out.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune(b"a"), ('a' as u32, 1));
        assert_eq!(decode_rune("é".as_bytes()), ('é' as u32, 2));
        assert_eq!(decode_rune("世".as_bytes()), ('世' as u32, 3));
        assert_eq!(decode_rune("𝄞".as_bytes()), ('𝄞' as u32, 4));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe4\xb8"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
    }
}
