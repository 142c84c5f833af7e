//! Building the site: the WebAssembly entry points, the stylesheets, the pre-rendered pages,
//! precompression, the CSP hashes, the size report. No Trunk: every step is here.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::util::{cmd, root, run, Result};

/// Extensions worth precompressing (text formats and WASM).
const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "wasm",
    "css",
    "json",
    "geojson",
    "svg",
    "md",
    "txt",
    "webmanifest",
];

/// The output directory: `dist/`, or `$XTASK_DIST` (so parallel work can keep its own).
pub fn dist() -> PathBuf {
    std::env::var_os("XTASK_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"))
}

/// Cargo's target directory: `target/`, or `$CARGO_TARGET_DIR` as cargo itself reads it.
pub fn cargo_target() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_relative() { root().join(p) } else { p })
        .unwrap_or_else(|| root().join("target"))
}

/// True when `$XTASK_DEBUG` asks for a quick debug build instead of the release build.
fn debug() -> bool {
    std::env::var_os("XTASK_DEBUG").is_some_and(|v| v == "1")
}

/// The site's WebAssembly entry points (binaries of the app crate), see `app/src/lib.rs`.
const BUNDLES: &[&str] = &["home", "finder", "reader", "status", "site", "embed"];

/// The stylesheets, each concatenated into one hashed file: the site's, the citizen's pages'
/// (`/`, `/kart`) and the widget's (these two with only the Designsystemet components they use).
const STYLESHEETS: &[(&str, &[&str])] = &[
    (
        "site",
        &[
            "public/vendor/designsystemet/theme.css",
            "public/vendor/designsystemet/designsystemet.css",
            "app/style.css",
            "app/styles/status.css",
            "app/styles/update.css",
            "app/styles/map.css",
            "app/styles/handbook.css",
        ],
    ),
    (
        "finder",
        &[
            "public/vendor/designsystemet/theme.css",
            "public/vendor/designsystemet/finder.css",
            "app/style.css",
            "app/styles/map.css",
        ],
    ),
    (
        "embed",
        &[
            "public/vendor/designsystemet/theme.css",
            "public/vendor/designsystemet/embed.css",
            "app/style.css",
            "app/styles/map.css",
        ],
    ),
];

/// Folders and files of `public/` served as they are.
const PUBLIC: &[&str] = &[
    "data",
    "vendor",
    "innhold",
    "icons",
    "manifest.webmanifest",
    "robots.txt",
];

/// binaryen's features the module may use (what Rust's wasm32 target emits).
const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The release build: every entry point compiled to WebAssembly (one cargo run), bound with
/// wasm-bindgen, shrunk with wasm-opt and named by content hash; the stylesheets joined and
/// hashed; `public/` copied; every route pre-rendered to HTML by the app's `prerender`
/// binary; the templates as Word files; then every text file precompressed and the sizes
/// printed.
///
/// # Errors
/// When a step fails (the old `dist/` would otherwise be served as if it were new).
pub fn release() -> Result {
    let started = std::time::Instant::now();
    let out = dist();
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;

    let mut cargo = cmd("cargo");
    cargo.args([
        "build",
        "-p",
        "digihjelpen-app",
        "--target",
        "wasm32-unknown-unknown",
        "--features",
        "csr",
    ]);
    for bundle in BUNDLES {
        cargo.args(["--bin", bundle]);
    }
    if !debug() {
        cargo.arg("--release");
    }
    run(cargo).map_err(|e| format!("build failed: {e}"))?;
    eprintln!(
        "xtask: WebAssembly built in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut bundles = Vec::new();
    for bundle in BUNDLES {
        let (loader, js, wasm) = bind(bundle, &out)?;
        bundles.push(format!(
            "\"{bundle}\":{{\"loader\":\"/{loader}\",\"js\":\"/{js}\",\"wasm\":\"/{wasm}\"}}"
        ));
    }
    let mut sheets = Vec::new();
    for (name, parts) in STYLESHEETS {
        let mut css = String::new();
        for part in *parts {
            let path = root().join(part);
            css.push_str(
                &fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            );
            css.push('\n');
        }
        let file = hashed(name, "css", css.as_bytes());
        fs::write(out.join(&file), css).map_err(|e| format!("cannot write {file}: {e}"))?;
        sheets.push(format!("\"{name}\":\"/{file}\""));
    }
    let assets = format!(
        "{{\"bundles\":{{{}}},\"css\":{{{}}}}}",
        bundles.join(","),
        sheets.join(",")
    );

    for item in PUBLIC {
        copy_all(&root().join("public").join(item), &out.join(item))?;
    }
    write_service_worker(&out, &assets)?;
    crate::icons::write(&out.join("icons"))?;
    let manifest = root().join("target/assets.json");
    fs::write(&manifest, &assets)
        .map_err(|e| format!("cannot write {}: {e}", manifest.display()))?;
    prerender(&out, &manifest)?;
    eprintln!(
        "xtask: site built in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    crate::docx::build_templates(&root().join("public/innhold/maler"), &out.join("maler"))?;
    precompress(&out)?;
    print_sizes()
}

/// `dist/sw.js` from `app/sw/sw.js`: its version is a hash of every built file's name
/// (`assets`), so each deploy that changes code has a new worker, which keeps the new code
/// apart from the old; it caches tiles from the host the CSP allows images from (the
/// settings file's `kartfliser.url`, already copied into `out`).
fn write_service_worker(out: &Path, assets: &str) -> Result {
    let template = root().join("app/sw/sw.js");
    let text = fs::read_to_string(&template)
        .map_err(|e| format!("cannot read {}: {e}", template.display()))?;
    // The host the settings file names (the CSP allows the same one).
    let host = crate::server::tile_host(out)?;
    let hosts = [format!("\"{}\"", host.trim_start_matches("https://"))];
    let version = &hex(&Sha256::digest(assets.as_bytes()))[..16];
    let worker = text
        .replace("@VERSION@", version)
        .replace("@TILE_HOSTS@", &format!("[{}]", hosts.join(", ")));
    if worker.contains("@VERSION@") || worker.contains("@TILE_HOSTS@") {
        return Err("sw.js: a placeholder was left".into());
    }
    fs::write(out.join("sw.js"), worker).map_err(|e| format!("cannot write sw.js: {e}"))
}

/// `name-<16 hex digits of the SHA-256 of bytes>.ext`.
fn hashed(name: &str, ext: &str, bytes: &[u8]) -> String {
    format!("{name}-{}.{ext}", &hex(&Sha256::digest(bytes))[..16])
}

/// wasm-bindgen and wasm-opt for one entry point; writes its module, its JS glue and a loader
/// that starts it into `out`, each named by its content, and returns (loader, glue, module).
fn bind(bundle: &str, out: &Path) -> Result<(String, String, String)> {
    let profile = if debug() { "debug" } else { "release" };
    let input = cargo_target()
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join(format!("{bundle}.wasm"));
    let scratch = root().join("target/wasm-bindgen").join(profile);
    fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let mut bindgen = cmd("wasm-bindgen");
    bindgen
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            bundle,
            "--out-dir",
        ])
        .arg(&scratch)
        .arg(&input);
    run(bindgen).map_err(|e| format!("wasm-bindgen {bundle}: {e}"))?;
    let module = scratch.join(format!("{bundle}_bg.wasm"));
    if !debug() {
        let mut opt = cmd("wasm-opt");
        opt.arg("-Oz")
            .args(WASM_OPT_FEATURES)
            .arg(&module)
            .arg("-o")
            .arg(&module);
        run(opt).map_err(|e| format!("wasm-opt {bundle}: {e}"))?;
    }
    let read = |p: &Path| fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let wasm_bytes = read(&module)?;
    let glue_bytes = read(&scratch.join(format!("{bundle}.js")))?;
    let wasm = format!(
        "{bundle}-{}_bg.wasm",
        &hex(&Sha256::digest(&wasm_bytes))[..16]
    );
    let js = hashed(bundle, "js", &glue_bytes);
    // A pre-rendered page's app is fetched and started after the page has been painted (the
    // next frame, then a task), so neither its download nor its work delays the first view.
    // The widget has nothing to show before its app runs: it starts at once (its page
    // preloads the module and the WebAssembly).
    // Every page but the widget's also gets the service worker's page side first (the widget
    // lives in other sites' frames, where it has no business installing one).
    let loader_text = if bundle == "embed" {
        format!("import init from \"/{js}\";\ninit({{ module_or_path: \"/{wasm}\" }});\n")
    } else {
        let client = root().join("app/sw/client.js");
        let client = fs::read_to_string(&client)
            .map_err(|e| format!("cannot read {}: {e}", client.display()))?;
        // Its comment lines are for the source, not for every visitor's phone.
        let client: String = client
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| format!("{}\n", line.trim_start()))
            .collect();
        format!(
            "{client}requestAnimationFrame(() => setTimeout(async () => {{\n\
             \x20 const {{ default: init }} = await import(\"/{js}\");\n\
             \x20 await init({{ module_or_path: \"/{wasm}\" }});\n\
             }}));\n"
        )
    };
    let loader = hashed(&format!("{bundle}-loader"), "js", loader_text.as_bytes());
    let write = |name: &str, bytes: &[u8]| {
        fs::write(out.join(name), bytes).map_err(|e| format!("cannot write {name}: {e}"))
    };
    write(&wasm, &wasm_bytes)?;
    write(&js, &glue_bytes)?;
    write(&loader, loader_text.as_bytes())?;
    Ok((loader, js, wasm))
}

/// Runs the app's native render step over the copied site.
fn prerender(out: &Path, manifest: &Path) -> Result {
    let mut c = cmd("cargo");
    c.args([
        "run",
        "--quiet",
        "-p",
        "digihjelpen-app",
        "--features",
        "ssr",
        "--bin",
        "prerender",
        "--",
        "--public",
    ])
    .arg(root().join("public"))
    .arg("--out")
    .arg(out)
    .arg("--assets")
    .arg(manifest);
    run(c).map_err(|e| format!("pre-rendering failed: {e}"))
}

/// Copies a file, or a folder with everything in it.
fn copy_all(from: &Path, to: &Path) -> Result {
    if from.is_dir() {
        fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
        let entries =
            fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        for entry in entries.flatten() {
            copy_all(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        fs::copy(from, to)
            .map(|_| ())
            .map_err(|e| format!("cannot copy {}: {e}", from.display()))
    }
}

/// A debug build served by nginx, rebuilt when a source or data file changes (checked once a
/// second), for development.
pub fn dev_serve() -> Result {
    std::env::set_var("XTASK_DEBUG", "1");
    release()?;
    let _server = crate::server::start(8080)?;
    eprintln!(
        "xtask: serving a debug build on http://127.0.0.1:8080 (rebuilt on changes; Ctrl+C stops)"
    );
    let watched = ["app", "crates/digihjelpen/src", "public"].map(|d| root().join(d));
    let mut last = newest(&watched);
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
        let now = newest(&watched);
        if now > last {
            last = now;
            if let Err(e) = release() {
                eprintln!("xtask: {e}");
            }
        }
    }
}

/// The latest modification time of any file below `dirs`.
fn newest(dirs: &[PathBuf]) -> std::time::SystemTime {
    let mut all = Vec::new();
    for dir in dirs {
        let _ = files(dir, &mut all);
    }
    all.iter()
        .filter_map(|p| fs::metadata(p).and_then(|m| m.modified()).ok())
        .max()
        .unwrap_or(std::time::UNIX_EPOCH)
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSIBLE.contains(&e))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).expect("writing to a Vec cannot fail");
    enc.finish().expect("writing to a Vec cannot fail")
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .expect("writing to a Vec cannot fail");
    out
}

/// Writes `file.gz` and `file.br` next to every compressible file in `dir`, on every core.
pub fn precompress(dir: &Path) -> Result {
    let mut all = Vec::new();
    files(dir, &mut all)?;
    let mut todo: Vec<PathBuf> = all.into_iter().filter(|p| compressible(p)).collect();
    // Largest first, so the cores finish together.
    todo.sort_by_key(|p| std::cmp::Reverse(fs::metadata(p).map_or(0, |m| m.len())));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                scope.spawn(|| -> Result {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(path) = todo.get(i) else {
                            return Ok(());
                        };
                        let bytes = fs::read(path)
                            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                        for (ext, data) in [("gz", gzip(&bytes)), ("br", brotli(&bytes))] {
                            let target = PathBuf::from(format!("{}.{ext}", path.display()));
                            fs::write(&target, data)
                                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err("a compression thread panicked".into()))
            })
            .collect::<Result<Vec<()>>>()
            .map(|_| ())
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The CSP source expressions (`'sha256-…'`) of the inline scripts in `index.html`.
pub fn inline_script_hashes(index_html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = index_html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        let body = &after[body_start..body_start + close];
        if !tag.contains("src=") && !body.trim().is_empty() {
            let digest = Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &after[body_start + close..];
    }
    hashes
}

/// Prints the gzip size of the `.wasm`, the JS glue and the CSS in `dist/`.
pub fn print_sizes() -> Result {
    let mut all = Vec::new();
    files(&dist(), &mut all)?;
    let mut rows: Vec<(String, u64, usize)> = Vec::new();
    for path in &all {
        let name = path
            .strip_prefix(dist())
            .unwrap_or(path)
            .display()
            .to_string();
        let top_level = !name.contains('/');
        let kind = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if top_level && matches!(kind, "wasm" | "js" | "css" | "html") {
            let bytes = fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))?;
            rows.push((name, bytes.len() as u64, gzip(&bytes).len()));
        }
    }
    rows.sort();
    println!("{:<52} {:>10} {:>10}", "file (dist/)", "raw B", "gzip B");
    for (name, raw, gz) in &rows {
        println!("{name:<52} {raw:>10} {gz:>10}");
    }
    let total: usize = rows.iter().map(|r| r.2).sum();
    println!(
        "{:<52} {:>10} {total:>10}",
        "total (every page and entry point: html + wasm + js + css)", ""
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_files_by_their_content() {
        let a = super::hashed("finder", "js", b"one");
        assert!(a.starts_with("finder-") && a.ends_with(".js"), "{a}");
        assert_eq!(a.len(), "finder-".len() + 16 + ".js".len());
        assert_eq!(a, super::hashed("finder", "js", b"one"));
        assert_ne!(a, super::hashed("finder", "js", b"two"));
    }

    #[test]
    fn compresses_text_and_wasm_only() {
        use std::path::Path;
        assert!(super::compressible(Path::new("dist/kart.html")));
        assert!(super::compressible(Path::new(
            "dist/finder-0123456789abcdef_bg.wasm"
        )));
        assert!(super::compressible(Path::new(
            "dist/data/omrade/kommune-5037.json"
        )));
        assert!(!super::compressible(Path::new(
            "dist/vendor/leaflet/images/marker-icon.png"
        )));
        assert!(!super::compressible(Path::new(
            "dist/maler/nav-avtale.docx"
        )));
    }
}
