//! The frame of a page: its `<title>`, `<h1>` and lead paragraph.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::layout::PAGE_HEADING_ID;
use crate::i18n::{use_i18n, PageText};

/// Sets the document title and renders the page heading and lead paragraph, then the children.
#[component]
pub fn Page(
    /// The page's title and lead sentence.
    text: &'static PageText,
    /// The page body.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let strings = use_i18n();
    view! {
        <Title text=strings.page_title(text.title) />
        <h1 class="ds-heading" data-size="lg" id=PAGE_HEADING_ID tabindex="-1">{text.title}</h1>
        <p class="ds-paragraph lead" data-size="lg">{text.lead}</p>
        {children.map(|c| c())}
    }
}
