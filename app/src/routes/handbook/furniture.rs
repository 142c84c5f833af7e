//! The furniture around a handbook page's body: last updated, table of contents, sources and
//! previous/next.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::handbook::handbook_strings;

/// Pages with at least this many `##` headings get a table of contents.
const TOC_MIN: usize = 3;

/// "Sist oppdatert 22. november 2026".
#[component]
pub fn Updated(
    /// The page's `sist_oppdatert`.
    date: digihjelpen::Date,
) -> impl IntoView {
    let s = handbook_strings();
    view! {
        <p class="ds-paragraph updated" data-size="sm">
            {s.updated}" "<time datetime=date.to_string()>{s.date(date)}</time>
        </p>
    }
}

/// Moves keyboard focus to the heading a table-of-contents link points to, after the router
/// has handled the click (it updates the URL's fragment and scrolls).
fn focus_target(ev: leptos::ev::MouseEvent) {
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a").ok().flatten())
    else {
        return;
    };
    let id = link
        .get_attribute("href")
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned();
    request_animation_frame(move || crate::components::layout::focus_by_id(&id));
}

/// The table of contents of a long page: links to its `##` headings.
#[component]
pub fn Toc(
    /// (id, text) of each `##` heading.
    entries: Vec<(String, String)>,
) -> impl IntoView {
    let s = handbook_strings();
    (entries.len() >= TOC_MIN).then(|| {
        view! {
            <nav class="toc" aria-labelledby="innhold-pa-siden" on:click=focus_target>
                <h2 class="ds-heading" data-size="xs" id="innhold-pa-siden">{s.toc_heading}</h2>
                <ol class="ds-list">
                    {entries
                        .into_iter()
                        .map(|(id, text)| view! { <li><a class="ds-link" href=format!("#{id}")>{text}</a></li> })
                        .collect_view()}
                </ol>
            </nav>
        }
    })
}

/// The page's sources (`kilder`), if any.
#[component]
pub fn Sources(
    /// The sources, as plain text.
    sources: Vec<String>,
) -> impl IntoView {
    let s = handbook_strings();
    (!sources.is_empty()).then(|| {
        view! {
            <section class="sources" aria-labelledby="kilder">
                <h2 class="ds-heading" data-size="xs" id="kilder">{s.sources_heading}</h2>
                <ul class="ds-list">
                    {sources.into_iter().map(|src| view! { <li>{src}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// Links to the previous and next page of the module.
#[component]
pub fn Pager(
    /// (title, href) of the previous page.
    previous: Option<(String, String)>,
    /// (title, href) of the next page.
    next: Option<(String, String)>,
) -> impl IntoView {
    let s = handbook_strings();
    let link = |(title, href): (String, String), label: &'static str, rel: &'static str| {
        view! {
            <a class={format!("pager-link pager-{rel}")} href=href rel=rel>
                <span class="pager-label">{label}</span>
                <span class="pager-title">{title}</span>
            </a>
        }
    };
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="pager no-print" aria-label=s.pager_label>
                {previous.map(|p| link(p, s.previous, "prev"))}
                {next.map(|n| link(n, s.next, "next"))}
            </nav>
        }
    })
}
