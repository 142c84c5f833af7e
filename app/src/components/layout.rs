//! The site's frame: skip link, header with the main navigation, and footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// The id of `<main>`, the skip link's target.
pub const MAIN_ID: &str = "hovedinnhold";

/// The skip link, first in the tab order. It moves focus to `<main>` itself, because the
/// router would otherwise treat the fragment link as a navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    let strings = use_i18n();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_by_id(MAIN_ID);
    };
    view! {
        <a class="ds-skip-link" href=format!("#{MAIN_ID}") on:click=on_click>
            {strings.skip_to_main}
        </a>
    }
}

/// Moves keyboard focus to the element with `id`, if it exists and can take focus.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// After each client-side navigation (not the first load), moves focus to the new page's
/// `<h1>` so screen readers announce the page, as a full page load would.
pub fn use_focus_on_navigation() {
    let location = leptos_router::hooks::use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _path = location.pathname.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        request_animation_frame(|| focus_by_id(PAGE_HEADING_ID));
    });
}

/// The id of every page's `<h1>` (see `components::page::Page`).
pub const PAGE_HEADING_ID: &str = "sidetittel";

/// The header: the service's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let strings = use_i18n();
    let links = [
        ("/hva-er-digihjelpen", strings.nav_about),
        ("/kom-i-gang", strings.nav_get_started),
        ("/eksempler", strings.nav_examples),
        ("/ressurser", strings.nav_resources),
        ("/kart", strings.nav_map),
        ("/status", strings.nav_status),
    ];
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="site-name" href="/">
                    <img src="/icons/favicon.svg" alt="" width="36" height="36" />
                    <span>
                        <span class="site-name-title">{strings.site_name}</span>
                        <span class="site-name-tagline">{strings.tagline}</span>
                    </span>
                </a>
                <nav aria-label=strings.main_nav_label class="main-nav">
                    <ul>
                        {links
                            .into_iter()
                            .map(|(href, label)| view! { <li><A href=href>{label}</A></li> })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// The footer: about, accessibility statement and the tools for municipalities.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let strings = use_i18n();
    let links = [
        ("/om", strings.footer_about),
        ("/tilgjengelighet", strings.footer_accessibility),
        ("/oppdater", strings.footer_update),
        ("/bygg-inn", strings.footer_embed),
        ("/sok", strings.footer_search),
    ];
    view! {
        <footer class="site-footer">
            <nav aria-label=strings.footer_nav_label>
                <ul>
                    {links
                        .into_iter()
                        .map(|(href, label)| view! { <li><A href=href>{label}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <p class="ds-paragraph" data-size="sm">{strings.footer_note}</p>
        </footer>
    }
}
