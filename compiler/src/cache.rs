//! The on-disk cache of checked packages' export data
//! ([`crate::types::export`]).
//!
//! # Keys
//!
//! A package's key is a BLAKE3 hash of: goviz's version, the export
//! format version and the running goviz build ([`tool_id`]: a rebuilt
//! checker may compute different types under the same version number, so
//! entries never outlive the build that wrote them), the Go version (`$GOROOT/VERSION`), the build context,
//! the package's import path, its files' names and contents (overlay files
//! included: they are the package's files), and the import paths and keys
//! of its direct imports. Keys of imports cover their own imports, so a
//! key changes when anything the package depends on changes.
//!
//! # Entries
//!
//! One file per key, `DIR/<first 2 hex digits>/<64 hex digits>`:
//!
//! ```text
//! magic "GOVIZPKG" | format version: u32 LE | key: 32 bytes
//! | payload length: u64 LE | BLAKE3 of payload: 32 bytes | payload
//! ```
//!
//! Invariants:
//! - an entry is written to a temporary file in its directory and renamed
//!   into place, so readers (other processes included) see a whole entry
//!   or none;
//! - an entry whose header, length or checksum does not match is ignored
//!   (and overwritten by the next successful check): it is never trusted;
//! - only packages that checked without errors, with dependencies that did
//!   too, are stored, so errors are always reported by checking again.
//!
//! The directory is `$GOVIZ_CACHE`, else `$XDG_CACHE_HOME/goviz`, else
//! `$HOME/.cache/goviz` (Go's `os.UserCacheDir` rule on Linux).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::loader::{BuildContext, Program};
use crate::types::export::FORMAT_VERSION;

const MAGIC: &[u8; 8] = b"GOVIZPKG";
const HEADER_LEN: usize = 8 + 4 + 32 + 8 + 32;
/// A file in the cache directory marking it as goviz's, so `clean` never
/// removes a directory it did not create.
const MARKER: &str = "GOVIZ-CACHE";

/// A package's cache key.
pub type Key = [u8; 32];

/// The cache directory and what every key of this run shares.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
    /// Hash of goviz's version, the format, the Go version and the build
    /// context.
    salt: Key,
}

/// The cache directory by the environment (see the module documentation).
pub fn default_dir() -> Option<PathBuf> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(d) = env("GOVIZ_CACHE") {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = env("XDG_CACHE_HOME") {
        return Some(PathBuf::from(d).join("goviz"));
    }
    env("HOME").map(|h| PathBuf::from(h).join(".cache").join("goviz"))
}

/// Removes the cache directory `dir` (if it is one of goviz's).
pub fn clean(dir: &Path) -> std::io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    if !dir.join(MARKER).exists() {
        return Err(std::io::Error::other(format!(
            "{} is not a goviz cache directory (no {MARKER} file); not removing it",
            dir.display()
        )));
    }
    std::fs::remove_dir_all(dir)
}

/// The identity of the running goviz build: a hash of its executable (the
/// go command keys its cache by its compiler's build ID in the same way).
/// None if the executable cannot be read (then nothing may be cached).
pub fn tool_id() -> Option<String> {
    let exe = std::fs::read(std::env::current_exe().ok()?).ok()?;
    Some(blake3::hash(&exe).to_hex().to_string())
}

impl Cache {
    /// `tool_id`: see [`tool_id`].
    pub fn new(dir: PathBuf, tool_id: &str, go_version: &str, ctx: &BuildContext) -> Cache {
        let mut h = blake3::Hasher::new();
        for part in [
            "goviz",
            env!("CARGO_PKG_VERSION"),
            &FORMAT_VERSION.to_string(),
            tool_id,
            go_version,
            &format!("{ctx:?}"),
        ] {
            hash_str(&mut h, part);
        }
        Cache {
            dir,
            salt: *h.finalize().as_bytes(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of every package of `program`, in its order (which puts
    /// each package after its imports).
    pub fn keys(&self, program: &Program) -> Vec<Key> {
        let mut keys: Vec<Key> = Vec::with_capacity(program.packages.len());
        for pkg in &program.packages {
            let mut h = blake3::Hasher::new();
            h.update(&self.salt);
            hash_str(&mut h, &pkg.path);
            h.update(&(pkg.files.len() as u64).to_le_bytes());
            for f in &pkg.files {
                hash_str(&mut h, &f.name);
                h.update(&f.hash);
            }
            h.update(&(pkg.imports.len() as u64).to_le_bytes());
            for imp in &pkg.imports {
                hash_str(&mut h, &imp.path);
                hash_str(&mut h, &imp.package);
                // Imports come earlier in the program; one that is missing
                // (a load error stops before checking) hashes as nothing.
                let dep = program.index(&imp.package).map_or([0; 32], |i| keys[i]);
                h.update(&dep);
            }
            keys.push(*h.finalize().as_bytes());
        }
        keys
    }

    fn entry_path(&self, key: &Key) -> PathBuf {
        let hex = hex(key);
        self.dir.join(&hex[..2]).join(hex)
    }

    /// The payload stored under `key`, if there is a whole, undamaged entry.
    pub fn load(&self, key: &Key) -> Option<Vec<u8>> {
        let data = std::fs::read(self.entry_path(key)).ok()?;
        let payload = data.get(HEADER_LEN..)?;
        let header = header(key, payload);
        (data[..HEADER_LEN] == header[..]).then(|| payload.to_vec())
    }

    /// Stores `payload` under `key`, atomically.
    pub fn store(&self, key: &Key, payload: &[u8]) -> std::io::Result<()> {
        self.ensure_marker()?;
        let path = self.entry_path(key);
        let dir = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(temp_name(key));
        let written = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&header(key, payload))?;
            // No fsync: a torn entry after a crash fails its checksum.
            f.write_all(payload)?;
            std::fs::rename(&tmp, &path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }

    fn ensure_marker(&self) -> std::io::Result<()> {
        let marker = self.dir.join(MARKER);
        if !marker.exists() {
            std::fs::create_dir_all(&self.dir)?;
            std::fs::write(
                marker,
                "This directory holds goviz's cache of checked packages.\n\
                 `goviz clean-cache` removes it.\n",
            )?;
        }
        Ok(())
    }
}

fn hash_str(h: &mut blake3::Hasher, s: &str) {
    h.update(&(s.len() as u64).to_le_bytes());
    h.update(s.as_bytes());
}

fn header(key: &Key, payload: &[u8]) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_LEN);
    h.extend_from_slice(MAGIC);
    h.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    h.extend_from_slice(key);
    h.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    h.extend_from_slice(blake3::hash(payload).as_bytes());
    h
}

/// A temporary file name no other writer (thread or process) uses.
fn temp_name(key: &Key) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!(".{}.tmp.{}.{n}", &hex(key)[..16], std::process::id())
}

fn hex(key: &Key) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_cache(name: &str) -> Cache {
        let dir =
            std::env::temp_dir().join(format!("goviz-cache-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Cache::new(dir, "test", "go1.27.3", &BuildContext::goviz())
    }

    #[test]
    fn stored_entries_load_and_damaged_ones_do_not() {
        let c = temp_cache("damage");
        let key = [7u8; 32];
        c.store(&key, b"payload").unwrap();
        assert_eq!(c.load(&key).as_deref(), Some(&b"payload"[..]));
        assert_eq!(c.load(&[8u8; 32]), None, "another key");
        let path = c.entry_path(&key);
        let mut data = std::fs::read(&path).unwrap();
        let last = data.len() - 1;
        data[last] ^= 1;
        std::fs::write(&path, &data).unwrap();
        assert_eq!(c.load(&key), None, "flipped payload bit");
        std::fs::write(&path, &data[..HEADER_LEN - 1]).unwrap();
        assert_eq!(c.load(&key), None, "truncated header");
        c.store(&key, b"payload").unwrap();
        assert_eq!(c.load(&key).as_deref(), Some(&b"payload"[..]), "rebuilt");
        clean(c.dir()).unwrap();
        assert!(!c.dir().exists());
    }

    #[test]
    fn clean_refuses_a_directory_it_did_not_make() {
        let c = temp_cache("refuse");
        std::fs::create_dir_all(c.dir()).unwrap();
        assert!(clean(c.dir()).is_err());
        assert!(c.dir().exists());
        std::fs::remove_dir_all(c.dir()).unwrap();
    }

    #[test]
    fn salt_depends_on_build_go_version_and_context() {
        let dir = PathBuf::from("/nonexistent");
        let ctx = BuildContext::goviz();
        let a = Cache::new(dir.clone(), "build1", "go1.27.3", &ctx);
        let b = Cache::new(dir.clone(), "build1", "go1.27.4", &ctx);
        let mut ctx2 = ctx.clone();
        ctx2.build_tags.push("x".into());
        let c = Cache::new(dir.clone(), "build1", "go1.27.3", &ctx2);
        let d = Cache::new(dir, "build2", "go1.27.3", &ctx);
        assert_ne!(a.salt, b.salt);
        assert_ne!(a.salt, c.salt);
        assert_ne!(a.salt, d.salt);
        assert!(tool_id().is_some_and(|id| id.len() == 64));
    }
}
