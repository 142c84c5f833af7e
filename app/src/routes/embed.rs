//! `/embed?kommune=5037` (or `?fylke=50`) as the build renders it: one page per area, for the
//! widget's default settings (map and list, bokmål), so that the municipality's web page shows
//! the offers at once; the browser's [`widget`](crate::widget) renders the same markup again
//! from the fresh data (and every other setting). The content is decided by
//! [`Model`](crate::widget::Model), for both.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::layout::MAIN_ID;
use crate::components::offer_list::{NearList, OfferList};
use crate::data::Catalog;
use crate::widget::Model;

/// The widget's `<main>` for `model`.
#[component]
pub fn EmbedPage(catalog: Arc<Catalog>, model: Model) -> impl IntoView {
    let s = crate::i18n::embed::EmbedStrings::of(digihjelpen::Locale::Nb);
    let Model {
        title,
        unknown_area,
        count,
        shown,
        near,
        full_site,
        ..
    } = model;
    let list = match near {
        Some((near, intro)) => view! {
            <NearList catalog=catalog.clone() near heading=s.nearest_heading intro=Some(intro) />
        }
        .into_any(),
        None => view! {
            <section class="finder-list" aria-labelledby="embed-liste">
                <h2 class="ds-sr-only" id="embed-liste">{s.list_heading}</h2>
                <OfferList catalog=catalog.clone() shown />
            </section>
        }
        .into_any(),
    };
    let label = title.clone();
    view! {
        <main class="embed-main" id=MAIN_ID aria-label=label>
            <h1 class="ds-heading embed-title" data-size="sm" id="sidetittel">{title}</h1>
            {unknown_area.map(|note| view! { <p class="ds-paragraph offer-note unknown-area" data-size="sm">{note}</p> })}
            <p class="ds-paragraph result-count" data-size="sm" role="status">{count}</p>
            <div class="embed-body both">
                <div class="finder-map needs-js">
                    <div class="map-frame">
                        <div class="map" role="region" aria-label=s.map_label></div>
                    </div>
                </div>
                {list}
            </div>
            <p class="ds-paragraph embed-footer" data-size="sm">
                <a href=full_site target="_blank" rel="noopener">{s.see_all}</a>
                {format!(" · {}", s.map_credit)}
            </p>
        </main>
    }
}
