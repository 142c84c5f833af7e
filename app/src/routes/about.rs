//! `/om`: who is behind the service, where the data comes from, and the licences.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::i18n::use_i18n;

/// The about page.
#[component]
pub fn About() -> impl IntoView {
    let s = use_i18n();
    view! {
        <Page text=&s.about_site>
            <h2 class="ds-heading" data-size="md">{s.about_sources_heading}</h2>
            <ul class="ds-list">
                {s.about_sources.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
            </ul>
            <h2 class="ds-heading" data-size="md">{s.about_privacy_heading}</h2>
            <p class="ds-paragraph">{s.about_privacy}</p>
            <h2 class="ds-heading" data-size="md">{s.about_software_heading}</h2>
            <ul class="ds-list">
                {s.about_software.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
            </ul>
        </Page>
    }
}
