//! What the end-to-end tests of the `goviz` binary share: running it
//! (or a binary real Go built) with a time limit and capturing its
//! output, finding and running the Go installation, the normaliser of
//! run output (`run_output`), a seeded generator for random programs,
//! printing outputs in failure reports, and the known-failing lists of
//! the golden corpora (which may only shrink).

#![allow(dead_code)] // each test binary uses its own subset

pub mod run_output;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How a run of goviz ended.
pub struct Outcome {
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
}

/// Most of a stream a run keeps: a program in an endless printing loop
/// must not fill the test's memory in its 10 seconds.
const OUTPUT_CAP: usize = 4 << 20;

/// Runs `goviz ARGS...` in `dir` with the environment `env`, killing it
/// after `timeout`.
pub fn run_goviz(dir: &Path, args: &[&str], env: &[(&str, &Path)], timeout: Duration) -> Outcome {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goviz"));
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    run_command(cmd, timeout)
}

/// Runs `cmd` with no stdin and its output captured (the first
/// [`OUTPUT_CAP`] bytes of each stream), killing it after `timeout`.
pub fn run_command(mut cmd: Command, timeout: Duration) -> Outcome {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {:?}: {e}", cmd.get_program()));
    let out_reader = read_capped(Box::new(child.stdout.take().expect("stdout pipe")));
    let err_reader = read_capped(Box::new(child.stderr.take().expect("stderr pipe")));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("waiting for a child") {
            Some(status) => break status,
            None if start.elapsed() > timeout => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().expect("waiting for a killed child");
            }
            None => thread::sleep(Duration::from_millis(5)),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Outcome {
        status: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        timed_out,
    }
}

/// Drains `pipe` on a thread (so the child never blocks on a full pipe),
/// keeping its first [`OUTPUT_CAP`] bytes.
fn read_capped(mut pipe: Box<dyn Read + Send>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 64 << 10];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => return kept,
                Ok(n) => {
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
    })
}

/// Builds `dir/file` with real Go (`go build`, for linux/amd64 without
/// cgo, as `tests/go/regen.sh` does) into `dir/prog`; its path, or the
/// build's error output.
pub fn go_build(go: &Path, dir: &Path, file: &str) -> Result<PathBuf, String> {
    let exe = dir.join("prog");
    let build = Command::new(go)
        .args(["build", "-o"])
        .arg(&exe)
        .arg(file)
        .current_dir(dir)
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "0")
        .env("GOFLAGS", "")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", go.display()));
    if build.status.success() {
        Ok(exe)
    } else {
        Err(String::from_utf8_lossy(&build.stderr).into_owned())
    }
}

/// A number from the environment (decimal or 0x-hex), else `default`.
pub fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| {
            v.strip_prefix("0x")
                .map_or(v.parse().ok(), |h| u64::from_str_radix(h, 16).ok())
        })
        .unwrap_or(default)
}

/// xorshift64*: a small deterministic generator for the random-program
/// tests (a seed must give the same program on every machine).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// The Go installation to hand to goviz: GOVIZ_GOROOT, else the one
/// `Goroot::find` locates. Never skips: without Go the tests cannot mean
/// anything.
pub fn goroot() -> PathBuf {
    match std::env::var_os("GOVIZ_GOROOT").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => match goviz_compiler::goroot::Goroot::find(None) {
            Ok(g) => g.dir,
            Err(e) => panic!("{e}"),
        },
    }
}

/// Output with CRLF folded and trailing newlines dropped.
pub fn normalize(s: &str) -> String {
    s.replace("\r\n", "\n").trim_end_matches('\n').to_string()
}

/// `s` indented for a failure report.
pub fn indent(s: &str) -> String {
    if s.is_empty() {
        return "        (nothing)".to_string();
    }
    s.lines()
        .map(|l| format!("        {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names (without `.go`) of the `.go` files of `dir`, sorted.
pub fn go_file_stems(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "go"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The known-failing list: (header comment lines, case names in file order).
pub fn read_known_failing(path: &Path) -> (Vec<String>, Vec<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    };
    let mut header = Vec::new();
    let mut names = Vec::new();
    for line in text.lines() {
        let content = line.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            if names.is_empty() && line.trim_start().starts_with('#') {
                header.push(line.to_string());
            }
            continue;
        }
        names.push(content.to_string());
    }
    (header, names)
}

/// Writes a known-failing list: its header (`default_header` when it had
/// none), then the names.
pub fn write_known_failing(
    path: &Path,
    header: &[String],
    default_header: &[&str],
    names: &BTreeSet<String>,
) {
    let mut text = String::new();
    if header.is_empty() {
        for line in default_header {
            text.push_str(line);
            text.push('\n');
        }
    } else {
        for line in header {
            text.push_str(line);
            text.push('\n');
        }
    }
    for name in names {
        text.push_str(name);
        text.push('\n');
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
