//! The page for unknown routes: says so plainly and offers ways on.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::page::Page;
use crate::i18n::use_i18n;

/// The path the build renders the 404 page at (`404.html`, served for every unknown path):
/// that copy names no path; the app then shows the real one.
pub const PLACEHOLDER_PATH: &str = "/404";

/// The 404 page, inside the site frame.
#[component]
pub fn NotFound() -> impl IntoView {
    let s = use_i18n();
    let path = use_location().pathname;
    view! {
        <Page text=&s.not_found>
            {move || {
                let path = path.get();
                (path != PLACEHOLDER_PATH)
                    .then(|| view! { <p class="ds-paragraph">{s.not_found_path} <code>{path}</code></p> })
            }}
            <ul class="ds-list">
                <li><A href="/">{s.not_found_home}</A></li>
                <li><A href="/kart">{s.not_found_map}</A></li>
                <li><A href="/sok">{s.not_found_search}</A></li>
            </ul>
        </Page>
    }
}
