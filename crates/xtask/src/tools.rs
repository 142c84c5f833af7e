//! Installing the toolchain on a fresh machine; every step is skipped when already done.
//!
//! Nothing here downloads a prebuilt tool from outside the package registries:
//! wasm-bindgen-cli comes from crates.io, wasm-opt from npm's `binaryen`, Chromium and nginx
//! from Debian.

use std::path::Path;

use crate::util::{cmd, on_path, output, root, run, Result};

/// What a task needs installed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building and serving the app.
    App,
    /// Also the browser tests.
    Tests,
}

/// Installs whatever is missing for `needs`.
pub fn install(needs: Needs) -> Result {
    wasm_target()?;
    wasm_bindgen()?;
    npm_packages()?;
    let mut debian = vec![("nginx", "/usr/sbin/nginx")];
    debian.push((
        "libnginx-mod-http-brotli-static",
        "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so",
    ));
    if needs == Needs::Tests {
        debian.push(("chromium", "/usr/bin/chromium"));
        debian.push(("chromium-driver", "/usr/bin/chromedriver"));
    }
    apt(&debian)
}

fn wasm_target() -> Result {
    let mut list = cmd("rustup");
    list.args(["target", "list", "--installed"]);
    if output(list).is_some_and(|o| o.lines().any(|l| l.trim() == "wasm32-unknown-unknown")) {
        return Ok(());
    }
    let mut add = cmd("rustup");
    add.args(["target", "add", "wasm32-unknown-unknown"]);
    run(add)
}

fn version_of(program: &str) -> Option<String> {
    if !on_path(program) {
        return None;
    }
    let mut c = cmd(program);
    c.arg("--version");
    output(c).and_then(|o| o.split_whitespace().nth(1).map(str::to_owned))
}

/// The version `Cargo.lock` resolves `wasm-bindgen` to.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn wasm_bindgen() -> Result {
    let wanted = locked_wasm_bindgen()?;
    if version_of("wasm-bindgen").as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    eprintln!("xtask: installing wasm-bindgen-cli {wanted} from crates.io (about 2 minutes, once)");
    let mut c = cmd("cargo");
    // Without --locked: the CLI's own lockfile names a crate version the registry lacks.
    c.args(["install", "wasm-bindgen-cli", "--version", &wanted]);
    run(c)
}

fn npm_packages() -> Result {
    let tests = root().join("tests");
    let installed = tests.join("node_modules/.package-lock.json");
    let lock = tests.join("package-lock.json");
    let fresh = match (std::fs::metadata(&installed), std::fs::metadata(&lock)) {
        (Ok(i), Ok(l)) => i.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh && tests.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    let mut c = cmd("npm");
    c.args(["ci", "--no-audit", "--no-fund", "--prefix", "tests"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    run(c)
}

fn apt(packages: &[(&str, &str)]) -> Result {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, file)| !Path::new(file).exists())
        .map(|(name, _)| *name)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian packages: {}", missing.join(" "));
    let mut update = cmd("apt-get");
    update
        .arg("update")
        .env("DEBIAN_FRONTEND", "noninteractive");
    run(update).map_err(|e| format!("{e} (installing {} needs root)", missing.join(" ")))?;
    let mut install = cmd("apt-get");
    install
        .args(["install", "-y"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive");
    run(install)
}
