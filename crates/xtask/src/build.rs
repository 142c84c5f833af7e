//! Building the app: Trunk release build, precompression, the CSP hash, size report.

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

/// True when `$XTASK_DEBUG` asks for a quick debug build instead of the release build.
fn debug() -> bool {
    std::env::var_os("XTASK_DEBUG").is_some_and(|v| v == "1")
}

/// `trunk build --release`, then precompress every text file as `.gz` and `.br`, and print sizes.
///
/// # Errors
/// When Trunk fails (the old `dist/` would otherwise be served as if it were new).
pub fn release() -> Result {
    let started = std::time::Instant::now();
    let mut trunk = cmd("trunk");
    trunk.arg("build").arg("--dist").arg(dist());
    if !debug() {
        trunk.arg("--release");
    }
    run(trunk).map_err(|e| format!("build failed: {e}"))?;
    externalize_inline_scripts(&dist())?;
    build_embed()?;
    eprintln!(
        "xtask: trunk builds took {:.1} s",
        started.elapsed().as_secs_f64()
    );
    crate::docx::build_templates(&root().join("public/innhold/maler"), &dist().join("maler"))?;
    precompress(&dist())?;
    print_sizes()
}

/// Builds the widget's own page (`app/embed.html`, the `embed` binary) into a scratch
/// directory and moves it into the dist: its hashed assets as they are, its `index.html` as
/// `embed.html` (nginx serves it at `/embed`).
///
/// # Errors
/// When Trunk fails or a file cannot be moved.
fn build_embed() -> Result {
    let scratch = root().join("target/trunk-embed");
    let mut trunk = cmd("trunk");
    trunk
        .arg("build")
        .arg(root().join("app/embed.html"))
        .arg("--dist")
        .arg(&scratch);
    if !debug() {
        trunk.arg("--release");
    }
    run(trunk).map_err(|e| format!("embed build failed: {e}"))?;
    externalize_inline_scripts(&scratch)?;
    let entries =
        fs::read_dir(&scratch).map_err(|e| format!("cannot read {}: {e}", scratch.display()))?;
    for entry in entries.flatten() {
        let from = entry.path();
        let name = entry.file_name();
        let to = if name == "index.html" {
            dist().join("embed.html")
        } else {
            dist().join(&name)
        };
        fs::copy(&from, &to).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    }
    Ok(())
}

/// `trunk serve` with live rebuild, for development.
pub fn dev_serve() -> Result {
    let mut trunk = cmd("trunk");
    trunk.arg("serve");
    run(trunk)
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

/// Writes `file.gz` and `file.br` next to every compressible file in `dir`.
pub fn precompress(dir: &Path) -> Result {
    let mut all = Vec::new();
    files(dir, &mut all)?;
    for path in all.into_iter().filter(|p| compressible(p)) {
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (ext, data) in [("gz", gzip(&bytes)), ("br", brotli(&bytes))] {
            let target = PathBuf::from(format!("{}.{ext}", path.display()));
            fs::write(&target, data)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        }
    }
    Ok(())
}

/// Moves Trunk's inline loader `<script type="module">…</script>` in `index.html` into a
/// content-addressed file (`loader-<hash>.js`), so the Content-Security-Policy can forbid
/// inline scripts altogether and stays the same from build to build.
pub fn externalize_inline_scripts(dir: &Path) -> Result {
    let index_path = dir.join("index.html");
    let mut html =
        fs::read_to_string(&index_path).map_err(|e| format!("cannot read index.html: {e}"))?;
    while let Some((start, end, body)) = find_inline_script(&html) {
        let digest = Sha256::digest(body.as_bytes());
        let name = format!("loader-{}.js", &hex(&digest)[..16]);
        fs::write(dir.join(&name), body.trim()).map_err(|e| format!("cannot write {name}: {e}"))?;
        html.replace_range(
            start..end,
            &format!("<script type=\"module\" src=\"/{name}\"></script>"),
        );
    }
    fs::write(&index_path, html).map_err(|e| format!("cannot write index.html: {e}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The byte range of the first inline (no `src`) script element, and its body.
fn find_inline_script(html: &str) -> Option<(usize, usize, String)> {
    let mut from = 0;
    while let Some(rel) = html[from..].find("<script") {
        let start = from + rel;
        let open_end = start + html[start..].find('>')?;
        let close = open_end + html[open_end..].find("</script>")?;
        let body = &html[open_end + 1..close];
        if !html[start..open_end].contains("src=") && !body.trim().is_empty() {
            return Some((start, close + "</script>".len(), body.to_owned()));
        }
        from = close;
    }
    None
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
        "total (both pages: html + wasm + js + css)", ""
    );
    Ok(())
}
