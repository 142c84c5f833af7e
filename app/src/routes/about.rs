//! `/om`: who is behind the service, where the data comes from, and the licences.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::components::stored;
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
            <h2 class="ds-heading" data-size="md">{s.about_stored_heading}</h2>
            <ul class="ds-list">
                {s.about_stored.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
            </ul>
            <p class="ds-paragraph needs-js">
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    id=stored::FORGET_ID
                    on:click=move |_| forget(s.about_forgotten)
                >
                    {s.about_forget}
                </button>
            </p>
            <p class="ds-paragraph" role="status" id=stored::FORGET_STATUS_ID></p>
            <h2 class="ds-heading" data-size="md">{s.about_software_heading}</h2>
            <ul class="ds-list">
                {s.about_software.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
            </ul>
        </Page>
    }
}

/// Deletes what the site keeps here and says so in the status line (also the `reader`'s
/// handler of the pre-rendered button).
pub fn forget(said: fn(usize) -> String) {
    stored::forget_all(move |n| {
        if let Some(status) =
            crate::components::dom::document().get_element_by_id(stored::FORGET_STATUS_ID)
        {
            status.set_text_content(Some(&said(n)));
        }
    });
}
