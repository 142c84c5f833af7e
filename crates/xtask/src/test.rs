//! `cargo xtask test`: every check the project has, in order, with one summary at the end.
//!
//! Steps: install what tests need; `cargo fmt --check`; clippy with `-D warnings` (native
//! crates and the WASM app); the Rust tests (among them the check that the handbook and the
//! offers share no 10-word run with the source documents, `sources.rs`); `cargo doc` of the
//! domain crate with warnings denied; the release build; the end-to-end tests in headless
//! Chromium against dist/ served by nginx with the production configuration. A failed step
//! does not stop the later ones (except that browser tests need a build); the exit status is
//! non-zero if anything failed.

use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use crate::tools::{install, Needs};
use crate::util::{cmd, root, Result};
use crate::{build, server};

/// The port the browser tests use (8080 stays free for `cargo xtask run`), unless
/// `$XTASK_TEST_PORT` names another, so two test runs can coexist.
pub const TEST_PORT: u16 = 8090;

/// [`TEST_PORT`], or `$XTASK_TEST_PORT` when it is a port number.
fn test_port() -> u16 {
    std::env::var("XTASK_TEST_PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(TEST_PORT)
}

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    skipped: u64,
    rows: Vec<(String, String, f64)>,
}

impl Tally {
    fn step(&mut self, name: &str, started: Instant, outcome: &Result) {
        let status = match outcome {
            Ok(()) => "ok".to_owned(),
            Err(e) => format!("FAILED: {e}"),
        };
        self.rows
            .push((name.to_owned(), status, started.elapsed().as_secs_f64()));
    }
}

/// Runs a command, echoing its output, and returns what it printed.
fn tee(mut command: Command) -> (bool, String) {
    eprintln!("xtask: $ {}", crate::util::show(&command));
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let Ok(mut child) = command.spawn() else {
        return (false, String::new());
    };
    let stderr = child.stderr.take().expect("piped");
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr)
            .lines()
            .map_while(std::io::Result::ok)
        {
            eprintln!("{line}");
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let mut text = String::new();
    for line in BufReader::new(child.stdout.take().expect("piped"))
        .lines()
        .map_while(std::io::Result::ok)
    {
        println!("{line}");
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str(&err_thread.join().unwrap_or_default());
    let ok = child.wait().is_ok_and(|s| s.success());
    (ok, text)
}

fn check(tally: &mut Tally, name: &str, command: Command) -> bool {
    let started = Instant::now();
    let (ok, _) = tee(command);
    let outcome = if ok {
        Ok(())
    } else {
        Err("see output above".to_owned())
    };
    tally.step(name, started, &outcome);
    if ok {
        tally.passed += 1
    } else {
        tally.failed += 1
    }
    ok
}

/// Sums `test result: ok. 12 passed; 0 failed; 1 ignored` lines.
fn count_cargo_tests(output: &str) -> (u64, u64, u64) {
    let mut totals = (0, 0, 0);
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        let number = |word: &str| -> u64 {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        totals.0 += number("passed");
        totals.1 += number("failed");
        totals.2 += number("ignored");
    }
    totals
}

/// Reads Playwright's JSON report: `stats.expected`, `unexpected`, `flaky`, `skipped`.
fn count_playwright(report: &str) -> Option<(u64, u64, u64)> {
    let stats_at = report.find("\"stats\"")?;
    let stats = &report[stats_at..];
    let field = |name: &str| -> u64 {
        let key = format!("\"{name}\":");
        stats
            .find(&key)
            .map(|i| &stats[i + key.len()..])
            .and_then(|rest| {
                rest.trim_start()
                    .split(|c: char| !c.is_ascii_digit())
                    .next()
            })
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    Some((
        field("expected") + field("flaky"),
        field("unexpected"),
        field("skipped"),
    ))
}

/// Runs every step and prints the summary; the exit code says whether all passed.
pub fn run() -> ExitCode {
    let mut tally = Tally::default();
    let all = Instant::now();

    let started = Instant::now();
    let installed = install(Needs::Tests);
    tally.step("install tools", started, &installed);
    if let Err(e) = installed {
        eprintln!("xtask: {e}");
        tally.failed += 1;
        return summary(&tally, all);
    }

    let mut fmt = cmd("cargo");
    fmt.args(["fmt", "--all", "--check"]);
    check(&mut tally, "cargo fmt --check", fmt);

    let mut clippy = cmd("cargo");
    clippy.args([
        "clippy",
        "--workspace",
        "--exclude",
        "digihjelpen-app",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    check(&mut tally, "clippy (native crates)", clippy);

    let mut clippy_app = cmd("cargo");
    clippy_app.args([
        "clippy",
        "-p",
        "digihjelpen-app",
        "--target",
        "wasm32-unknown-unknown",
        "--features",
        "csr",
        "--",
        "-D",
        "warnings",
    ]);
    check(&mut tally, "clippy (app, wasm32, csr)", clippy_app);

    let mut clippy_ssr = cmd("cargo");
    clippy_ssr.args([
        "clippy",
        "-p",
        "digihjelpen-app",
        "--features",
        "ssr",
        "--",
        "-D",
        "warnings",
    ]);
    check(&mut tally, "clippy (app, native render step)", clippy_ssr);

    let started = Instant::now();
    let mut tests = cmd("cargo");
    tests.args(["test", "--workspace", "--exclude", "digihjelpen-app"]);
    let (ok, out) = tee(tests);
    let (p, f, s) = count_cargo_tests(&out);
    tally.passed += p;
    tally.failed += f + u64::from(!ok && f == 0);
    tally.skipped += s;
    let outcome = if ok {
        Ok(())
    } else {
        Err(format!("{f} failed"))
    };
    tally.step(
        &format!("cargo test ({p} passed, {f} failed)"),
        started,
        &outcome,
    );

    let mut doc = cmd("cargo");
    doc.args(["doc", "-p", "digihjelpen", "--no-deps"])
        .env("RUSTDOCFLAGS", "-D warnings");
    check(&mut tally, "cargo doc (domain crate, -D warnings)", doc);

    let started = Instant::now();
    let built = build::release();
    tally.step("release build (wasm + pre-render)", started, &built);
    if built.is_err() {
        tally.failed += 1;
        return summary(&tally, all);
    }
    tally.passed += 1;

    let started = Instant::now();
    let outcome = browser_tests(&mut tally);
    tally.step("end-to-end tests (Chromium)", started, &outcome);
    summary(&tally, all)
}

fn browser_tests(tally: &mut Tally) -> Result {
    let server = server::start(test_port())?;
    let report = root().join("target/playwright-report.json");
    let _ = std::fs::remove_file(&report);
    let mut pw = cmd("npx");
    pw.current_dir(root().join("tests"))
        .args(["playwright", "test", "--reporter=list,json"])
        .env("BASE_URL", &server.url)
        .env("DIST", build::dist())
        .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &report);
    let (ok, _) = tee(pw);
    drop(server);
    let json = std::fs::read_to_string(&report).unwrap_or_default();
    match count_playwright(&json) {
        Some((p, f, s)) => {
            tally.passed += p;
            tally.failed += f;
            tally.skipped += s;
            if s > 0 {
                tally.failed += s;
                return Err(format!(
                    "{s} browser tests were skipped: a skipped test is a defect"
                ));
            }
            if ok {
                Ok(())
            } else {
                Err(format!("{f} browser tests failed"))
            }
        }
        None => {
            tally.failed += 1;
            Err("Playwright wrote no report".into())
        }
    }
}

/// `cargo xtask budgets`: serves dist/ and prints the bytes each page costs before tiles.
pub fn budgets() -> Result {
    let server = server::start(test_port())?;
    let mut node = cmd("node");
    node.current_dir(root().join("tests"))
        .arg("budgets.js")
        .env("BASE_URL", &server.url)
        .env("DIST", build::dist());
    crate::util::run(node)
}

/// `cargo xtask bench`: builds, serves `dist/` with the production configuration and prints
/// the figures: per route the bytes (brotli, gzip) and Lighthouse mobile (median of 3, tiles
/// blocked), then the 10,000-offer figures of the map. Prints, never fails on a timing.
///
/// # Errors
/// When the build fails, or Lighthouse or the browser cannot run at all.
pub fn bench() -> Result {
    install(Needs::Tests)?;
    build::release()?;
    let server = server::start(test_port())?;
    let mut node = cmd("node");
    node.current_dir(root().join("tests"))
        .arg("bench.js")
        .env("BASE_URL", &server.url)
        .env("DIST", build::dist());
    let lighthouse = crate::util::run(node);
    let mut pw = cmd("npx");
    pw.current_dir(root().join("tests"))
        .args([
            "playwright",
            "test",
            "e2e/map-perf.spec.js",
            "--reporter=line",
        ])
        .env("BASE_URL", &server.url)
        .env("DIST", build::dist());
    let (ok, out) = tee(pw);
    drop(server);
    println!("\n10,000 synthetic offers on /kart:");
    for line in out.lines().filter(|l| l.starts_with("[map-perf]")) {
        println!("  {}", line.trim_start_matches("[map-perf] "));
    }
    lighthouse?;
    if ok {
        Ok(())
    } else {
        Err("the 10,000-offer run failed".into())
    }
}

fn summary(tally: &Tally, all: Instant) -> ExitCode {
    println!();
    println!("{:<48} {:>8}  status", "step", "seconds");
    for (name, status, secs) in &tally.rows {
        println!("{name:<48} {secs:>8.1}  {status}");
    }
    println!("total time {:.1} s", all.elapsed().as_secs_f64());
    println!("(counts: Rust tests + browser tests + one per check step)");
    println!("xtask: {} passed, {} failed", tally.passed, tally.failed);
    if tally.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cargo_test_lines() {
        let out = "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out\n\
                   test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(count_cargo_tests(out), (15, 2, 1));
    }

    #[test]
    fn counts_playwright_stats() {
        let json = r#"{"suites":[],"stats":{"startTime":"x","duration":1.5,"expected":7,"skipped":0,"unexpected":1,"flaky":2}}"#;
        assert_eq!(count_playwright(json), Some((9, 1, 0)));
    }

    #[test]
    fn hashes_inline_scripts_only() {
        let html = r#"<script src="/a.js"></script><script type="module">init()</script>"#;
        let hashes = crate::build::inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        assert!(hashes[0].starts_with("'sha256-"));
    }
}
