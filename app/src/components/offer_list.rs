//! The list of offers as the build renders it (`/kart`): the map's equal, accessible
//! alternative, with every fact the popup has, the first [`PAGE`] offers (never thousands of
//! nodes). In the browser, [`offer_items`](crate::components::offer_items) renders the same
//! markup from the fresh data.

use std::sync::Arc;

use digihjelpen::Near;
use leptos::prelude::*;

use crate::components::offer_details::{facts, format_km, notes, Value};
pub use crate::components::offer_items::PAGE;
use crate::data::{today, Catalog};
use crate::i18n::map::map_strings;
use crate::i18n::offer::offer_strings;

/// One offer in the list, with every fact the popup has.
#[component]
fn OfferItem(
    catalog: Arc<Catalog>,
    index: usize,
    #[prop(optional)] distance: Option<f64>,
) -> impl IntoView {
    let offer = &catalog.offers[index];
    let today = today();
    let heading_id = format!("tilbud-{index}");
    let labelled_by = heading_id.clone();
    view! {
        <li class="offer-item" aria-labelledby=labelled_by>
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
            <button type="button" class="ds-button needs-js" data-variant="secondary" data-size="sm">
                {map_strings().show_on_map}
            </button>
        </li>
    }
}

/// The first page of `shown`, and the "show more" button (for the browser) when more remain.
#[component]
pub fn OfferList(catalog: Arc<Catalog>, shown: Vec<usize>) -> impl IntoView {
    let more = shown.len() > PAGE;
    view! {
        <ul class="offer-list">
            {shown.into_iter().take(PAGE).map(|index| view! {
                <OfferItem catalog=catalog.clone() index />
            }).collect_view()}
        </ul>
        {more.then(|| view! {
            <button type="button" class="ds-button needs-js" data-variant="secondary">
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
    heading: &'static str,
    intro: Option<String>,
) -> impl IntoView {
    view! {
        <section class="finder-list near-list" aria-labelledby="naermeste-overskrift">
            {intro.map(|t| view! { <p class="ds-paragraph no-offer" role="status"><strong>{t}</strong></p> })}
            <h2 class="ds-heading" data-size="sm" id="naermeste-overskrift">{heading}</h2>
            <ol class="offer-list">
                {near.into_iter().map(|n| view! {
                    <OfferItem catalog=catalog.clone() index=n.index distance=n.km />
                }).collect_view()}
            </ol>
        </section>
    }
}
