//! The handbook, `/om` and `/tilgjengelighet` in the browser (the `reader` entry point): keep
//! the pre-rendered page while it is current, with plain DOM for its few interactive parts.
//!
//! The build renders these pages from `handbok.json`, the Markdown files and the other data,
//! and writes into each page which files it was rendered from, with a fingerprint of each
//! ([`SOURCES_META`], see [`content_hash`]). In the browser this module fetches those same
//! files and compares:
//!
//! - all unchanged (the usual case): the page is what a render would give, so it stays as it
//!   is; the checklists, the template's print button and the table of contents get their
//!   behaviour ([`checklist`]). No framework, no second render: the page costs a small module.
//! - one changed (an editor's edit since the build): the `site` entry point is loaded
//!   ([`SITE_META`]); it renders the page again from the fresh files and takes it over, as on
//!   every other page, so the fresh text always wins.
//! - one failed to load: the pre-rendered page stays, with the data error box and a retry.
//!
//! A page with a part that needs the full app (the resource list's filters, marked
//! [`NEEDS_APP`]) hands over to `site` at once.

pub mod checklist;

use wasm_bindgen::JsCast;

use crate::components::dom::{all, attrs, clear_page_error, document, on, query, show_page_error};
use crate::data::{content_hash, fetch_path, LoadError};

/// The `<meta>` whose content lists the page's sources: `path=fingerprint`, space-separated.
pub const SOURCES_META: &str = "digihjelpen-kilder";

/// The `<meta>` whose content is the `site` entry point's loader script.
pub const SITE_META: &str = "digihjelpen-app";

/// The attribute that marks a part of a page needing the full app.
pub const NEEDS_APP: &str = "data-needs-app";

/// The attribute that marks controls the app handles (`/status`: the county, the sorting,
/// the export): the page is handed to the app when one is first used, and that use is
/// done again once the app is there.
pub const ON_USE: &str = "data-app-on-use";

/// The id of the data error box.
const ERROR_ID: &str = "side-datafeil";

/// What a source file holds, for the error box.
const WHAT: &str = "innholdet på siden";

/// Starts the page: hand it to `site` or check that it is current.
pub fn start() {
    if query(&format!("[{NEEDS_APP}]")).is_some() {
        hand_over();
        return;
    }
    check();
}

fn meta(name: &str) -> Option<String> {
    query(&format!("meta[name='{name}']"))?.get_attribute("content")
}

/// The page's sources as (path, fingerprint).
fn sources() -> Vec<(String, String)> {
    meta(SOURCES_META)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|pair| {
            let (path, hash) = pair.rsplit_once('=')?;
            Some((path.to_owned(), hash.to_owned()))
        })
        .collect()
}

/// How the sources compare with the files the server has now.
enum Freshness {
    Current,
    Changed,
    Failed(LoadError),
}

async fn freshness() -> Freshness {
    let sources = sources();
    let fetched =
        futures::future::join_all(sources.iter().map(|(path, _)| fetch_path(path, WHAT))).await;
    let mut changed = false;
    for ((_, hash), text) in sources.iter().zip(fetched) {
        match text {
            Ok(text) => changed |= content_hash(&text) != *hash,
            Err(error) => return Freshness::Failed(error),
        }
    }
    if changed {
        Freshness::Changed
    } else {
        Freshness::Current
    }
}

fn check() {
    wasm_bindgen_futures::spawn_local(async {
        match freshness().await {
            Freshness::Current => {
                clear_page_error(ERROR_ID);
                checklist::attach_all();
                wire_template_print();
                wire_toc();
                wire_forget();
                hand_over_on_use();
            }
            Freshness::Changed => {
                hand_over();
                return;
            }
            // First in the main content; the page's text stays readable below it.
            Freshness::Failed(error) => show_page_error(ERROR_ID, &["main"], &error, check),
        }
        crate::components::leaflet::mark("digihjelpen:overtatt");
        crate::takeover::mark_taken_over();
    });
}

/// `/om`'s "Slett det som er lagret her".
fn wire_forget() {
    use crate::components::stored::FORGET_ID;
    if let Some(button) = document().get_element_by_id(FORGET_ID) {
        crate::components::dom::on_click(&button, || {
            crate::routes::about::forget(crate::i18n::NB.about_forgotten);
        });
    }
}

thread_local! {
    static HANDED_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Hands the page to the app when a control marked [`ON_USE`] is first used: focus (by
/// keyboard) only starts loading it; a click or a change is held and left on `<html>`
/// ([`REPLAY`](crate::takeover::REPLAY)) for the app to do again on its own render.
fn hand_over_on_use() {
    if query(&format!("[{ON_USE}]")).is_none() {
        return;
    }
    let Some(root) = query(&format!(".{}", crate::ROOT_CLASS)) else {
        return;
    };
    let doc = document();
    for kind in ["focusin", "click", "change"] {
        let root = root.clone();
        let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
            move |ev: web_sys::Event| {
                let Some(target) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                else {
                    return;
                };
                // Only the pre-rendered page's own controls: once the app's render is in, the
                // app handles them.
                if !root.is_connected() || !root.contains(Some(&target)) {
                    return;
                }
                if target
                    .closest(&format!("[{ON_USE}]"))
                    .ok()
                    .flatten()
                    .is_none()
                {
                    return;
                }
                let id = target
                    .closest("[id]")
                    .ok()
                    .flatten()
                    .map(|e| e.id())
                    .unwrap_or_default();
                if ev.type_() != "focusin" && !id.is_empty() {
                    ev.prevent_default();
                    ev.stop_immediate_propagation();
                    if let Some(html) = document().document_element() {
                        let action = format!("{}:{id}", ev.type_());
                        attrs(&html, &[(crate::takeover::REPLAY, &action)]);
                    }
                }
                hand_over();
            },
        );
        let options = web_sys::AddEventListenerOptions::new();
        options.set_capture(true);
        let _ = doc.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            handler.as_ref().unchecked_ref(),
            &options,
        );
        handler.forget();
    }
}

/// Loads the entry point that renders the page again and takes it over (once).
fn hand_over() {
    if HANDED_OVER.with(|h| h.replace(true)) {
        return;
    }
    let Some(loader) = meta(SITE_META) else {
        return;
    };
    let doc = document();
    let Ok(script) = doc.create_element("script") else {
        return;
    };
    attrs(&script, &[("type", "module"), ("src", &loader)]);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}

/// "Skriv ut malen": prints only the template.
fn wire_template_print() {
    for button in all::<web_sys::Element>(&document(), ".template-actions button") {
        on(&button, "click", |_| {
            crate::components::template::print_template()
        });
    }
}

/// A link of the table of contents moves focus to its heading, so that keyboard and screen
/// reader users continue there.
fn wire_toc() {
    let Some(toc) = query("nav.toc") else {
        return;
    };
    on(&toc, "click", |ev| {
        let href = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(id) = href.as_deref().and_then(|h| h.strip_prefix('#')) {
            let id = id.to_owned();
            crate::components::dom::next_frame(move || {
                crate::components::layout::focus_by_id(&id);
            });
        }
    });
}
