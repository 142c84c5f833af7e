//! `/sok?q=`: site search across the handbook (titles, intros and the pages' text), the
//! municipalities, the offers and the resources. The query lives in the URL; the form
//! updates it, and the result count is announced politely to screen readers.

mod engine;
mod results;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::data_view::Loaded;
use crate::components::page::Page;
use crate::i18n::search::search_strings;
use crate::i18n::use_i18n;

/// The page.
#[component]
pub fn Search() -> impl IntoView {
    let s = use_i18n();
    let query = use_query_map();
    let q = Memo::new(move |_| query.with(|m| m.get_str("q").unwrap_or("").trim().to_owned()));
    view! {
        <Page text=&s.search>
            <SearchForm q />
            <Loaded resource=results::use_search_data() children=move |data| {
                let counted = data.clone();
                view! {
                    // One live region for the whole visit, so that every new count is announced.
                    <p class="ds-paragraph search-count" role="status" aria-live="polite">
                        {move || results::count(&counted, &q.get())}
                    </p>
                    {move || {
                        let current = q.get();
                        if current.is_empty() {
                            view! { <p class="ds-paragraph">{search_strings().prompt}</p> }.into_any()
                        } else {
                            results::results(&data, &current).into_any()
                        }
                    }}
                }
            } />
        </Page>
    }
}

/// The search form: submitting puts the query in the URL (a history entry).
#[component]
fn SearchForm(q: Memo<String>) -> impl IntoView {
    let s = search_strings();
    let input = NodeRef::<leptos::html::Input>::new();
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = input.get().map(|i| i.value()).unwrap_or_default();
        let value = value.trim();
        let url = if value.is_empty() {
            "/sok".to_owned()
        } else {
            format!("/sok?q={}", js_sys::encode_uri_component(value))
        };
        navigate(&url, Default::default());
    };
    view! {
        <form class="search-form" role="search" aria-label=s.form_label action="/sok" method="get" on:submit=submit>
            <div class="ds-field">
                <label class="ds-label" for="sok-felt">{s.field_label}</label>
                <div class="search-row">
                    <input class="ds-input" type="search" id="sok-felt" name="q" autocomplete="off"
                        node_ref=input prop:value=move || q.get() />
                    <button class="ds-button" data-variant="primary" type="submit">{s.button}</button>
                </div>
            </div>
        </form>
    }
}
