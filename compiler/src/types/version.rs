//! Go language versions: which features a file may use (types2's
//! version.go and `Checker.versionErrorf`, with gc's note on where the
//! version came from).
//!
//! A file's version is the language version (`-lang`, here always the
//! current release) unless a `//go:build` line implies one: then it is
//! max(that version, go1.21). Features newer than a file's version are
//! reported as "X requires go1.N or later", which gc completes with
//! " (file declares //go:build go1.M)" or " (-lang was set to ...)".

use super::check::Checker;
use super::object::GPos;

/// A Go language version: (major, minor), e.g. (1, 22).
pub type GoVersion = (u32, u32);

/// The language version of this toolchain (what `-lang` defaults to).
pub const GO_CURRENT: GoVersion = (1, 27);

/// Parses "go1.N" (or "go1.N.P", "go1"); None if malformed.
pub fn parse_go_version(s: &str) -> Option<GoVersion> {
    let rest = s.strip_prefix("go")?;
    let mut parts = rest.split('.');
    let major: u32 = parts.next()?.parse().ok()?;
    let minor: u32 = match parts.next() {
        Some(m) => m.parse().ok()?,
        None => 0,
    };
    Some((major, minor))
}

fn version_string(v: GoVersion) -> String {
    if v.1 == 0 && v.0 == 1 {
        "go1".into()
    } else {
        format!("go{}.{}", v.0, v.1)
    }
}

impl Checker<'_, '_> {
    /// The language version in effect in file `file`.
    pub(super) fn file_version(&self, file: usize) -> GoVersion {
        let Some(f) = self.files.get(file) else {
            return GO_CURRENT;
        };
        match parse_go_version(&f.go_version) {
            Some(v) => v.max((1, 21)),
            None => GO_CURRENT,
        }
    }

    /// Whether the current file may use a feature introduced in `v`.
    pub(super) fn allow_version(&self, v: GoVersion) -> bool {
        self.file_version(self.file) >= v
    }

    /// Reports "`what` requires go1.N or later" at `at` unless the current
    /// file may use a feature introduced in `v`; returns whether it may.
    /// This is the entry point for every version-gated feature.
    pub(super) fn verify_version(&mut self, at: GPos, v: GoVersion, what: &str) -> bool {
        if self.allow_version(v) {
            return true;
        }
        let mut msg = format!("{what} requires {} or later", version_string(v));
        let declared = self
            .files
            .get(self.file)
            .map(|f| f.go_version.clone())
            .unwrap_or_default();
        let effective = version_string(self.file_version(self.file));
        if !declared.is_empty() && declared == effective {
            msg += &format!(" (file declares //go:build {declared})");
        } else {
            msg += &format!(
                " (-lang was set to {}; check go.mod)",
                version_string(GO_CURRENT)
            );
        }
        self.error_at(at, msg);
        false
    }

    /// Reports files whose `//go:build` line requires a newer Go.
    pub(super) fn check_file_versions(&mut self) {
        for fi in 0..self.files.len() {
            let f = self.files[fi];
            if let Some(v) = parse_go_version(&f.go_version)
                && v > GO_CURRENT
            {
                self.file = fi;
                let msg = format!(
                    "file requires newer Go version {} (application built with {})",
                    version_string(v),
                    version_string(GO_CURRENT)
                );
                self.error_pos(f.pkg_name.pos, msg);
            }
        }
        self.file = 0;
    }
}
