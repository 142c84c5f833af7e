//! `/`: the front page, with one path for citizens and one for municipal staff. Citizens can
//! search for their municipality or postcode right here and land on the map, selected.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::data_view::WithCatalog;
use crate::components::municipality_search::MunicipalitySearch;
use crate::components::page::Page;
use crate::i18n::use_i18n;

/// The front page.
#[component]
pub fn Home() -> impl IntoView {
    let s = use_i18n();
    let cards = [
        ("/kart", s.home_find_help, s.home_find_help_text),
        (
            "/kom-i-gang",
            s.home_for_municipalities,
            s.home_for_municipalities_text,
        ),
        ("/status", s.home_coverage, s.home_coverage_text),
    ];
    view! {
        <Page text=&s.home>
            <WithCatalog children=move |catalog| {
                view! {
                    <p class="ds-paragraph no-js-only">{s.home_no_script}" "<a href="/kart">{s.home_find_help}</a></p>
                    <section class="home-search needs-js" aria-labelledby="finn-hjelp">
                        <h2 class="ds-heading" data-size="sm" id="finn-hjelp">{s.home_search_heading}</h2>
                        <MunicipalitySearch />
                        <p class="ds-paragraph summary">
                            {s.coverage_summary(&catalog.coverage)}
                        </p>
                    </section>
                }
            } />
            <ul class="home-cards">
                {cards
                    .into_iter()
                    .map(|(href, title, text)| view! {
                        <li class="ds-card home-card">
                            <h2 class="ds-heading" data-size="sm"><A href=href>{title}</A></h2>
                            <p class="ds-paragraph">{text}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </Page>
    }
}
