//! `/tilgjengelighet`: the accessibility statement.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::i18n::accessibility::SECTIONS_NB;
use crate::i18n::use_i18n;

/// The accessibility statement.
#[component]
pub fn Accessibility() -> impl IntoView {
    let s = use_i18n();
    view! {
        <Page text=&s.accessibility>
            {SECTIONS_NB
                .iter()
                .map(|section| view! {
                    <h2 class="ds-heading" data-size="md">{section.heading}</h2>
                    {section.paragraphs.iter().map(|p| view! { <p class="ds-paragraph">{*p}</p> }).collect_view()}
                    {(!section.bullets.is_empty()).then(|| view! {
                        <ul class="ds-list">
                            {section.bullets.iter().map(|b| view! { <li>{*b}</li> }).collect_view()}
                        </ul>
                    })}
                })
                .collect_view()}
        </Page>
    }
}
