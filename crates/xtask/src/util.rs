//! Small helpers: the repository root, running commands, PATH for the installed tools.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The result type of every task: an error is a message for the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of `crates/xtask`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/xtask lives two levels below the root")
        .to_path_buf()
}

/// `~/.cargo/bin`, where `cargo install` puts wasm-bindgen.
pub fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
        });
    home.join("bin")
}

/// PATH with the project's tools first: npm's `.bin` (wasm-opt) and cargo's bin dir.
pub fn tool_path() -> String {
    let npm_bin = root().join("tests/node_modules/.bin");
    let old = std::env::var("PATH").unwrap_or_default();
    format!("{}:{}:{old}", npm_bin.display(), cargo_bin().display())
}

/// A command with the project's PATH, run from the root.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", tool_path());
    c
}

/// Runs a command, failing with a message when it cannot start or exits non-zero.
pub fn run(mut command: Command) -> Result {
    let shown = show(&command);
    eprintln!("xtask: $ {shown}");
    let status = command
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed with {status}"))
    }
}

/// A command as a shell line (program and arguments, without the environment).
pub fn show(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `program` is found on the project's PATH.
pub fn on_path(program: &str) -> bool {
    tool_path()
        .split(':')
        .any(|dir| Path::new(dir).join(program).is_file())
}

/// The stdout of a command, or `None` when it fails.
pub fn output(mut command: Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
