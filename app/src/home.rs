//! The front page in the browser (the `home` entry point): plain DOM on the pre-rendered page,
//! without Leptos or the router.
//!
//! The page is rendered at build time from the Leptos components (`routes::home`); what is
//! interactive on it is one search field. So instead of rendering the page again, this takes
//! the pre-rendered page over where it stands: it loads the municipalities and offers, puts
//! the fresh count in (municipalities with a confirmed offer, and examples apart), and makes the search field a combobox (ARIA 1.2 pattern)
//! that suggests municipalities by name (the domain crate's folding search) or postcode and
//! goes to `/kart?kommune=…`. That keeps the front page's code a fraction of a Leptos bundle.
//! The rules are the domain crate's; the behaviour is the same as the site's
//! [`MunicipalitySearch`](crate::components::municipality_search::MunicipalitySearch).

use crate::components::dom::document;
use crate::components::municipality_combobox::Search;
use crate::data::Catalog;

/// Starts the front page: load the data, then show the fresh count and wire the search (or
/// show what failed, above the search).
pub fn start() {
    crate::takeover::take_over_with_catalog(
        ERROR_ID,
        &[".home-search", "main"],
        || Box::pin(crate::data::load_catalog()),
        |catalog| {
            show_count(&catalog);
            Search::attach(catalog, |number| {
                let url = format!("/kart?kommune={number}");
                let _ = web_sys::window().map(|w| w.location().assign(&url));
            });
        },
    );
}

/// The count under the search (confirmed coverage and examples apart), from the data just
/// loaded.
fn show_count(catalog: &Catalog) {
    if let Ok(Some(summary)) = document().query_selector(".home-search .summary") {
        let s = crate::i18n::use_i18n();
        summary.set_text_content(Some(&s.coverage_summary(&catalog.coverage)));
    }
}

/// The id of the data error box.
const ERROR_ID: &str = "forside-datafeil";
