//! The runtime's random numbers (Go's `runtime.rand`): map hash seeds,
//! map iteration start offsets, NaN key hashes. Go seeds its generator
//! from the OS at start-up, so every run differs; goviz does the same
//! (std's per-process random keys), and programs whose output depends on
//! these numbers are exactly the ones whose Go output varies too.
//!
//! Invariant: lock-free and callable from any M; the sequence is a
//! counter advanced by a fixed odd step and mixed, so two calls never
//! return the same state even when racing.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// The generator state: a Weyl sequence started at a random point.
static STATE: OnceLock<AtomicU64> = OnceLock::new();

/// Step of the Weyl sequence (odd, so the counter visits every value).
const STEP: u64 = 0x9e37_79b9_7f4a_7c15;

fn state() -> &'static AtomicU64 {
    STATE.get_or_init(|| AtomicU64::new(RandomState::new().build_hasher().finish()))
}

/// A uniformly distributed random 64-bit number (Go's `rand()`).
pub fn rand() -> u64 {
    let x = state()
        .fetch_add(STEP, Ordering::Relaxed)
        .wrapping_add(STEP);
    mix64(x)
}

/// A bijective 64-bit finaliser (splitmix64's), spreading a counter's
/// low-entropy differences over all bits.
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn successive_numbers_differ_and_cover_high_and_low_bits() {
        let xs: Vec<u64> = (0..64).map(|_| rand()).collect();
        let mut sorted = xs.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), xs.len());
        assert!(xs.iter().any(|x| x >> 63 == 1));
        assert!(xs.iter().any(|x| x & 1 == 1));
    }
}
