//! The list of offers: the map's equal, accessible alternative. It shows the same offers in
//! the same order, in pages (never thousands of nodes), and stays in sync with the map.

use std::sync::Arc;

use digihjelpen::Near;
use leptos::prelude::*;

use crate::components::offer_details::{facts, format_km, notes, Value};
use crate::data::{today, Catalog};
use crate::i18n::map::map_strings;
use crate::i18n::offer::offer_strings;

/// Offers per page of the list.
const PAGE: usize = 25;

/// One offer in the list, with every fact the popup has.
#[component]
fn OfferItem(
    catalog: Arc<Catalog>,
    index: usize,
    selected: RwSignal<Option<usize>>,
    #[prop(optional)] distance: Option<f64>,
) -> impl IntoView {
    let offer = &catalog.offers[index];
    let today = today();
    let is_selected = move || selected.get() == Some(index);
    let heading_id = format!("tilbud-{index}");
    let labelled_by = heading_id.clone();
    let on_show = move |_| {
        selected.set(None);
        selected.set(Some(index));
        if let Some(map) = leptos::prelude::document()
            .query_selector(".finder-map")
            .ok()
            .flatten()
        {
            map.scroll_into_view();
        }
    };
    view! {
        <li class="offer-item" class:selected=is_selected aria-labelledby=labelled_by>
            <h3 class="ds-heading" data-size="2xs" id=heading_id>{offer.name().to_owned()}</h3>
            {distance.map(|km| view! { <p class="ds-paragraph distance"><strong>{format_km(km, map_strings().km_away)}</strong></p> })}
            {notes(offer, offer_strings()).into_iter().map(|n| view! { <p class="ds-paragraph offer-note" data-size="sm">{n}</p> }).collect_view()}
            {offer.description().map(|d| view! { <p class="ds-paragraph" data-size="sm">{d.to_owned()}</p> })}
            <dl class="offer-facts">
                {facts(offer, &catalog, today, offer_strings()).into_iter().map(|f| view! {
                    <dt>{f.label}</dt>
                    <dd>{match f.value {
                        Value::Text(t) => t.into_any(),
                        Value::Link { href, text } => view! { <a href=href>{text}</a> }.into_any(),
                    }}</dd>
                }).collect_view()}
            </dl>
            <button type="button" class="ds-button needs-js" data-variant="secondary" data-size="sm" on:click=on_show>
                {map_strings().show_on_map}
            </button>
        </li>
    }
}

/// The paged list of `shown` offers.
#[component]
pub fn OfferList(
    catalog: Arc<Catalog>,
    shown: Signal<Vec<usize>>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let pages = RwSignal::new(1usize);
    Effect::new(move |_| {
        shown.track();
        pages.set(1);
    });
    // The visible pages, plus an offer selected on the map further down (still in order).
    let visible = move || {
        let limit = pages.get() * PAGE;
        let chosen = selected.get();
        shown.with(|s| {
            let mut v: Vec<usize> = s.iter().take(limit).copied().collect();
            if let Some(i) = chosen.filter(|i| s.iter().skip(limit).any(|x| x == i)) {
                v.push(i);
            }
            v
        })
    };
    let more = move || shown.with(Vec::len) > pages.get() * PAGE;
    view! {
        <ul class="offer-list">
            <For each=visible key=|i| *i let:index>
                <OfferItem catalog=catalog.clone() index selected />
            </For>
        </ul>
        {move || more().then(|| view! {
            <button type="button" class="ds-button needs-js" data-variant="secondary" on:click=move |_| pages.update(|p| *p += 1)>
                {map_strings().show_more}
            </button>
        })}
    }
}

/// The nearest offers, with distances.
#[component]
pub fn NearList(
    catalog: Arc<Catalog>,
    near: Vec<Near>,
    heading: String,
    intro: Option<String>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    view! {
        <section class="near-list" aria-labelledby="naermeste-overskrift">
            {intro.map(|t| view! { <p class="ds-paragraph no-offer" role="status"><strong>{t}</strong></p> })}
            <h2 class="ds-heading" data-size="sm" id="naermeste-overskrift">{heading}</h2>
            <ol class="offer-list">
                {near.into_iter().map(|n| view! {
                    <OfferItem catalog=catalog.clone() index=n.index selected distance=n.km />
                }).collect_view()}
            </ol>
        </section>
    }
}
