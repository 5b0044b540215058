//! Go language versions: which features a file may use (types2's
//! version.go and `Checker.versionErrorf`, with gc's note on where the
//! version came from).
//!
//! A file's version is the package's language version (`PkgFiles::lang`,
//! gc's `-lang`, types2's `Config.GoVersion`) unless a `//go:build` line
//! implies one: then it is max(that version, go1.21). Features newer than a file's version are
//! reported as "X requires go1.N or later", which gc completes with
//! " (file declares //go:build go1.M)" or " (-lang was set to ...)".

use super::check::Checker;
use super::object::GPos;
use crate::syntax::ast;

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
    /// The language version of each file (types2's `check.versions`):
    /// the package's (`lang`) unless the file's `//go:build` line implies
    /// one, which then counts as max(that version, go1.21) — go1.21 being
    /// the first release whose build lines could set a file's version, a
    /// file may downgrade to it but not below. None: every feature allowed.
    pub(super) fn file_versions(
        lang: Option<GoVersion>,
        files: &[&ast::File],
    ) -> Vec<Option<GoVersion>> {
        files
            .iter()
            .map(|f| match parse_go_version(&f.go_version) {
                Some(v) => Some(v.max((1, 21))),
                None => lang,
            })
            .collect()
    }

    /// Whether the current file may use a feature introduced in `v`.
    pub(super) fn allow_version(&self, v: GoVersion) -> bool {
        match self.versions.get(self.file) {
            Some(Some(have)) => *have >= v,
            _ => true,
        }
    }

    /// Reports "`what` requires go1.N or later" at `at` unless the current
    /// file may use a feature introduced in `v`; returns whether it may.
    /// This is the entry point for every version-gated feature.
    pub(super) fn verify_version(&mut self, at: GPos, v: GoVersion, what: &str) -> bool {
        if self.allow_version(v) {
            return true;
        }
        let msg = format!(
            "{what} requires {} or later{}",
            version_string(v),
            self.version_hint()
        );
        self.error_at(at, msg);
        false
    }

    /// gc's note on where the current file's version came from: its
    /// `//go:build` line when that is what set it, else `-lang`. (types2
    /// alone, with no `-lang`, adds none.)
    fn version_hint(&self) -> String {
        let Some(lang) = self.lang else {
            return String::new();
        };
        let declared = self
            .files
            .get(self.file)
            .and_then(|f| parse_go_version(&f.go_version));
        match self.versions.get(self.file) {
            Some(&Some(v)) if declared == Some(v) => {
                format!(" (file declares //go:build {})", version_string(v))
            }
            _ => format!(" (-lang was set to {}; check go.mod)", version_string(lang)),
        }
    }

    /// Reports a package language version, or files whose `//go:build`
    /// line requires, a newer Go than this one.
    pub(super) fn check_file_versions(&mut self) {
        if let Some(lang) = self.lang
            && lang > GO_CURRENT
            && let Some(f) = self.files.first()
        {
            let msg = format!(
                "package requires newer Go version {} (application built with {})",
                version_string(lang),
                version_string(GO_CURRENT)
            );
            self.error_pos(f.pkg_name.pos, msg);
        }
        for fi in 0..self.files.len() {
            let f = self.files[fi];
            if let Some(v) = parse_go_version(&f.go_version)
                && v > GO_CURRENT
            {
                self.file = fi;
                let msg = format!("file requires newer Go version {}", version_string(v));
                self.error_pos(f.pkg_name.pos, msg);
            }
        }
        self.file = 0;
    }
}
