//! `cargo xtask …`: the one entry point for setting up, building, serving and testing
//! Digihjelpen on a fresh machine (see the README for the two commands that matter).

mod build;
mod docx;
mod icons;
mod server;
mod sources;
mod test;
mod tools;
mod util;
mod vendor;

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  run      install what is missing, build the release app and serve it on http://127.0.0.1:8080
  test     install what tests need, then fmt, clippy, Rust tests, docs, release build, browser tests
           (on port 8090, or $XTASK_TEST_PORT)
  install  install the toolchain: wasm32 target, wasm-bindgen-cli, npm packages (wasm-opt)
  build    release build into dist/: entry points, pre-rendered pages, precompressed
           .gz/.br, then print sizes
           ($XTASK_DIST=DIR builds elsewhere; $XTASK_DEBUG=1 makes a quick debug build)
  serve [PORT]
           serve dist/ (or $XTASK_DIST) with the production nginx configuration on PORT (8080)
  dev      a debug build served on http://127.0.0.1:8080, rebuilt when a file changes
  sizes    print the gzip sizes of the .wasm, the JS glue and the CSS in dist/
  budgets  load /, /kart and /embed in Chromium and print the bytes transferred (gzip, brotli)
  bench    build, serve as in production, print bytes and Lighthouse mobile (median of 3) per
           route and the 10,000-offer map figures
  vendor   copy Leaflet and Designsystemet from tests/node_modules into public/vendor/ and
           regenerate the widget's stylesheet (public/vendor/designsystemet/embed.css)
  nginx-conf <dist-dir> <port>
           print the production nginx configuration for a deployment
  source-runs <dir>
           hash every run of 10 words in the source documents (<dir>/*.txt) into
           crates/xtask/data/source-runs.txt, which a test uses to find text copied from them
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("install") => tools::install(tools::Needs::App),
        Some("run") => tools::install(tools::Needs::App)
            .and_then(|()| build::release())
            .and_then(|()| server::serve_foreground(8080)),
        Some("build") => tools::install(tools::Needs::App).and_then(|()| build::release()),
        Some("serve") => match args.get(1).map(|p| p.parse::<u16>()) {
            None => server::serve_foreground(8080),
            Some(Ok(port)) => server::serve_foreground(port),
            Some(Err(_)) => Err(format!("serve: {:?} is not a port number", args[1])),
        },
        Some("dev") => tools::install(tools::Needs::App).and_then(|()| build::dev_serve()),
        Some("sizes") => build::print_sizes(),
        Some("budgets") => test::budgets(),
        Some("bench") => test::bench(),
        Some("test") => return test::run(),
        Some("vendor") => vendor::vendor(),
        Some("nginx-conf") => server::print_config(&args[1..]),
        Some("source-runs") => sources::write_hashes(&args[1..]),
        _ => {
            eprint!("{HELP}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
