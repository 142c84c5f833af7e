//! The build's render step: writes every route's first view to a static HTML file, rendered
//! natively from the same Leptos components and the bundled data files as the browser uses.
//!
//! `prerender --public <dir> --out <dist> --assets <assets.json>`: reads the data and the
//! Markdown from `--public`, the built files' hashed names from `--assets` (written by
//! `cargo xtask build`), and writes `index.html`, `kart.html`, `kom-i-gang/forankring.html`,
//! …, `404.html` and `embed.html` into `--out`. Each page loads only its own entry point.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use digihjelpen_app::Bundle;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use serde::Deserialize;

/// The path the 404 page is rendered at (it shows no path of its own).
const NOT_FOUND: &str = digihjelpen_app::routes::not_found::PLACEHOLDER_PATH;

/// The built files, by the names the build gave them (`assets.json`).
#[derive(Deserialize)]
struct Assets {
    /// Stylesheets: `site`, `embed`.
    css: BTreeMap<String, String>,
    /// Per entry point: `loader`, `js`, `wasm`.
    bundles: BTreeMap<String, BundleAssets>,
}

/// An entry point's loader script, its JS glue and its WebAssembly module.
#[derive(Deserialize)]
struct BundleAssets {
    loader: String,
    js: String,
    wasm: String,
}

struct Args {
    public: PathBuf,
    out: PathBuf,
    assets: PathBuf,
}

fn args() -> Result<Args, String> {
    let mut public = None;
    let mut out = None;
    let mut assets = None;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--public" => public = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--assets" => assets = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    let usage = "usage: prerender --public <dir> --out <dist> --assets <assets.json>";
    Ok(Args {
        public: public.ok_or(usage)?,
        out: out.ok_or(usage)?,
        assets: assets.ok_or(usage)?,
    })
}

fn main() -> ExitCode {
    match run() {
        Ok(count) => {
            eprintln!("prerender: wrote {count} pages");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<usize, String> {
    let args = args()?;
    let assets: Assets = serde_json::from_str(
        &std::fs::read_to_string(&args.assets)
            .map_err(|e| format!("cannot read {}: {e}", args.assets.display()))?,
    )
    .map_err(|e| format!("{}: {e}", args.assets.display()))?;
    let _ = any_spawner::Executor::init_futures_executor();
    digihjelpen_app::data::serve_files_from(args.public.clone());

    let registry = digihjelpen::Registry::from_json(&read_data(&args.public, "kommuner.json")?)
        .map_err(|e| format!("data/kommuner.json: {e}"))?;
    let mut count = 0;
    for path in routes(&args.public, &registry)? {
        let file = if path == NOT_FOUND {
            "404.html".to_owned()
        } else {
            file_for(&path)
        };
        let html = page(&path, &assets, &args.public)?;
        write(&args.out.join(file), &html)?;
        count += 1;
    }
    write(&args.out.join("embed.html"), &embed_page(&assets, None)?)?;
    let areas = area_files(&args.public, &registry, &args.out, &assets)?;
    eprintln!("prerender: wrote {areas} area data files and as many widget pages");
    Ok(count + 1)
}

/// The per-area data files (`data/omrade/kommune-5037.json`, `data/omrade/fylke-50.json`):
/// one municipality's or county's offers (or the nearest ones), so that the widget and a
/// one-municipality view download what they show, not the whole country.
fn area_files(
    public: &Path,
    registry: &digihjelpen::Registry,
    out: &Path,
    assets: &Assets,
) -> Result<usize, String> {
    let offers = digihjelpen::parse_offers(
        &read_data(public, "tilbud.json")?,
        registry,
        digihjelpen_app::data::today(),
    )
    .map_err(|e| format!("data/tilbud.json: {e}"))?;
    let files = digihjelpen::all_area_files(registry, &offers);
    for (path, json) in &files {
        write(&out.join("data").join(path), json)?;
        // The widget's page for the area (`embed/kommune-5037.html`), rendered from the very
        // file the widget fetches, with the settings of the URL nginx maps to it.
        let extract = digihjelpen::parse_area(json, digihjelpen_app::data::today())
            .map_err(|e| format!("data/{path}: {e}"))?;
        let name = extract.area.to_string();
        let query = match extract.area {
            digihjelpen::Area::Municipality(n) => format!("kommune={n}"),
            digihjelpen::Area::County(c) => format!("fylke={c}"),
        };
        let catalog = std::sync::Arc::new(digihjelpen_app::data::Catalog::new(
            extract.registry,
            extract.offers,
        ));
        let settings = digihjelpen_app::widget::Settings::from_query(&query);
        let html = embed_page(assets, Some((catalog, settings)))?;
        write(&out.join("embed").join(format!("{name}.html")), &html)?;
    }
    Ok(files.len())
}

/// Every route with a page of its own: the fixed ones, each handbook module and page, and the
/// 404 page. The handbook's pages come from `handbok.json`, so a new page is pre-rendered by
/// the next build (and shown by the app at once, from the fetched file, before that).
fn routes(public: &Path, registry: &digihjelpen::Registry) -> Result<Vec<String>, String> {
    let handbook = digihjelpen::parse_handbook(&read_data(public, "handbok.json")?, registry)
        .map_err(|e| format!("data/handbok.json: {e}"))?;
    let mut routes: Vec<String> = [
        "/",
        "/kart",
        "/status",
        "/om",
        "/tilgjengelighet",
        "/bygg-inn",
        "/oppdater",
        "/sok",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    for module in handbook.modules() {
        routes.push(format!("/{}", module.slug()));
        for page in module.pages() {
            routes.push(format!("/{}/{}", module.slug(), page.slug()));
        }
    }
    routes.push(NOT_FOUND.to_owned());
    Ok(routes)
}

/// `public/data/<name>` as text.
fn read_data(public: &Path, name: &str) -> Result<String, String> {
    std::fs::read_to_string(public.join("data").join(name))
        .map_err(|e| format!("cannot read data/{name}: {e}"))
}

/// `/` → `index.html`, `/kart` → `kart.html`, `/kom-i-gang/forankring` →
/// `kom-i-gang/forankring.html` (nginx tries `$uri.html`).
fn file_for(path: &str) -> String {
    match path.trim_matches('/') {
        "" => "index.html".to_owned(),
        p => format!("{p}.html"),
    }
}

fn write(file: &Path, html: &str) -> Result<(), String> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// Renders the route with its entry point's app and wraps it in the document. A `reader`
/// page also names the files it was rendered from, with their fingerprints, and the `site`
/// entry point that renders it again when one of them has changed (see `reader.rs`).
fn page(path: &str, assets: &Assets, public: &Path) -> Result<String, String> {
    let bundle = Bundle::of(path);
    let js = assets
        .bundles
        .get(bundle.name())
        .ok_or_else(|| format!("assets.json has no bundle {:?}", bundle.name()))?;
    // The citizen's pages have a stylesheet of only what they use.
    let sheet = match bundle {
        Bundle::Home | Bundle::Finder => "finder",
        _ => "site",
    };
    let css = assets
        .css
        .get(sheet)
        .ok_or_else(|| format!("assets.json has no css.{sheet}"))?;
    let _ = digihjelpen_app::data::take_sources();
    let owner = Owner::new();
    let (body, head_out) = owner.with(|| {
        let (meta, out) = ServerMetaContext::new();
        provide_context(meta);
        provide_context(RequestUrl::new(path));
        let body = match bundle {
            Bundle::Home | Bundle::Finder => view! { <digihjelpen_app::FinderApp /> }.to_html(),
            _ if Bundle::renderer(path) == Bundle::Status => {
                view! { <digihjelpen_app::StatusApp /> }.to_html()
            }
            _ => view! { <digihjelpen_app::SiteApp /> }.to_html(),
        };
        (body, out)
    });
    let mut head = head(css, js, DESCRIPTION);
    if bundle == Bundle::Reader {
        head.push_str(&reader_meta(public, assets, Bundle::renderer(path))?);
    }
    let shell = document(&head, &body);
    let html = futures::executor::block_on(async move {
        use futures::StreamExt;
        head_out
            .inject_meta_context(futures::stream::iter([shell]))
            .await
            .collect::<String>()
            .await
    });
    drop(owner);
    Ok(html)
}

/// The `<meta>` elements of a `reader` page: its sources (`path=fingerprint`, space-separated)
/// and the loader of the entry point that renders it again (`renderer`).
fn reader_meta(public: &Path, assets: &Assets, renderer: Bundle) -> Result<String, String> {
    use digihjelpen_app::reader::{SITE_META, SOURCES_META};
    let mut sources = Vec::new();
    for path in digihjelpen_app::data::take_sources() {
        let file = public.join(path.trim_start_matches('/'));
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        if path.contains([' ', '=', '"', '<', '&']) {
            return Err(format!(
                "{path}: a source path must not hold spaces, =, \", < or &"
            ));
        }
        sources.push(format!(
            "{path}={}",
            digihjelpen_app::data::content_hash(&text)
        ));
    }
    let site = assets
        .bundles
        .get(renderer.name())
        .ok_or_else(|| format!("assets.json has no bundle {:?}", renderer.name()))?;
    Ok(format!(
        "<meta name=\"{SOURCES_META}\" content=\"{}\"><meta name=\"{SITE_META}\" content=\"{}\">",
        sources.join(" "),
        site.loader
    ))
}

/// The widget's page: for one area (its settings and data), the widget's default view of it
/// as the build renders it; without, no pre-rendered body (the widget builds its view from
/// the URL's settings).
fn embed_page(
    assets: &Assets,
    area: Option<(
        std::sync::Arc<digihjelpen_app::data::Catalog>,
        digihjelpen_app::widget::Settings,
    )>,
) -> Result<String, String> {
    let js = assets
        .bundles
        .get("embed")
        .ok_or("assets.json has no bundle \"embed\"")?;
    let css = assets
        .css
        .get("embed")
        .ok_or("assets.json has no css.embed")?;
    let mut head = head(css, js, DESCRIPTION);
    let (body, title) = match area {
        Some((catalog, settings)) => {
            let model = digihjelpen_app::widget::Model::new(&catalog, &settings);
            let title = format!("{}{}", model.title, settings.strings.title_suffix);
            let owner = Owner::new();
            let body = owner.with(|| {
                view! { <digihjelpen_app::routes::embed::EmbedPage catalog model /> }.to_html()
            });
            drop(owner);
            (body, digihjelpen_app::components::dom::escape_html(&title))
        }
        None => {
            // The widget shows nothing before its app runs: fetch its code with the page.
            head.push_str(&format!("<link rel=\"modulepreload\" href=\"{}\">", js.js));
            head.push_str(&format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin>",
                js.wasm
            ));
            let body = "<noscript><p>Kartet over hjelp med digitale tjenester trenger JavaScript. \
                        Se <a href=\"/kart\">Digihjelpens kart</a>, eller spør kommunen din eller \
                        biblioteket.</p></noscript>";
            (
                body.to_owned(),
                "Digihjelpen – hjelp med digitale tjenester".to_owned(),
            )
        }
    };
    head.push_str("<meta name=\"robots\" content=\"noindex\">");
    head.push_str(&format!("<title>{title}</title>"));
    Ok(document(&head, &body))
}

const DESCRIPTION: &str = "Digihjelpen hjelper kommunene å gi innbyggerne hjelp med \
    digitale verktøy og tjenester, og hjelper innbyggerne å finne hjelpen der de bor.";

/// The one inline script (its hash is in the Content-Security-Policy): it marks that scripts
/// run before anything is painted, so the stylesheet shows what needs JavaScript only then.
const SCRIPTS_RUN: &str = "<script>document.documentElement.classList.add(\"js\")</script>";

/// The `<head>` content every page shares: the stylesheet, the entry point's loader (which
/// fetches the entry point itself after the first paint: nothing large competes with the
/// page's own HTML and CSS), icons.
fn head(css: &str, js: &BundleAssets, description: &str) -> String {
    let mut h = String::new();
    h.push_str("<meta charset=\"utf-8\">");
    h.push_str(SCRIPTS_RUN);
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.push_str(&format!(
        "<meta name=\"description\" content=\"{description}\">"
    ));
    h.push_str("<meta name=\"theme-color\" content=\"#0062ba\">");
    h.push_str(&format!("<link rel=\"stylesheet\" href=\"{css}\">"));
    h.push_str(&format!(
        "<script type=\"module\" src=\"{}\"></script>",
        js.loader
    ));
    h.push_str("<link rel=\"icon\" href=\"/icons/favicon.svg\" type=\"image/svg+xml\">");
    h.push_str("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
    h
}

fn document(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html>\n<html lang=\"nb\"><head>{head}</head><body>{body}</body></html>\n")
}
