//! What the end-to-end tests of the `goviz` binary share: running it
//! with a time limit and capturing its output, finding the Go
//! installation, printing outputs in failure reports, and the
//! known-failing lists of the golden corpora (which may only shrink).

#![allow(dead_code)] // each test binary uses its own subset

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

/// Runs `goviz ARGS...` in `dir` with the environment `env`, killing it
/// after `timeout`.
pub fn run_goviz(dir: &Path, args: &[&str], env: &[(&str, &Path)], timeout: Duration) -> Outcome {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goviz"));
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", env!("CARGO_BIN_EXE_goviz")));
    let read_all = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let out_reader = read_all(Box::new(child.stdout.take().expect("stdout pipe")));
    let err_reader = read_all(Box::new(child.stderr.take().expect("stderr pipe")));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("waiting for goviz") {
            Some(status) => break status,
            None if start.elapsed() > timeout => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().expect("waiting for killed goviz");
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
