//! The Leaflet map of offers: clustered markers with accessible names and DOM popups
//! ([`markers`]), the coverage layer ([`coverage`]), and the Kartverket base map with a
//! fallback when tiles fail. The list beside it is the equal alternative; selection is shared
//! through signals.

mod coverage;
mod markers;

use std::sync::Arc;

use digihjelpen::MunicipalityNumber;
use leaflet::LatLng;
use leptos::html::Div;
use leptos::prelude::*;

pub use coverage::{COVERED, UNCOVERED};

use crate::components::leaflet::{ensure_leaflet, GeoJson};
use crate::components::offer_map::OfferMap;
use crate::data::{today, Catalog};
use crate::i18n::map::map_strings;
use crate::i18n::offer::offer_strings;
use markers::Markers;

pub use crate::components::offer_map::{View, NORWAY};

/// Everything Leaflet owns (`!Send`: kept in a local `StoredValue`, removed on cleanup).
struct State {
    offers: OfferMap,
    markers: Markers,
    coverage: Option<GeoJson>,
}

/// The map. `shown` are the offer indices to draw; `selected` is shared with the list;
/// `view` moves the map; `coverage` toggles the boundaries layer (fetched only when it is
/// first shown); `tiles_failed` is set when the base map cannot load (the page then offers
/// the boundaries layer instead); `on_area` is called when a
/// municipality of the coverage layer is clicked.
#[component]
pub fn MapView(
    catalog: Arc<Catalog>,
    shown: Signal<Vec<usize>>,
    selected: RwSignal<Option<usize>>,
    view: Signal<View>,
    coverage: RwSignal<bool>,
    tiles_failed: RwSignal<bool>,
    #[prop(optional, into)] on_area: Option<Callback<MunicipalityNumber>>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let state = StoredValue::new_local(None::<State>);
    let leaflet = LocalResource::new(|| ensure_leaflet(true));
    let failed = RwSignal::new(false);
    // Set once the map exists: the effects below re-run then (the map itself is not reactive).
    let ready = RwSignal::new(false);

    // Create the map once Leaflet is loaded and the container is in the document (after the
    // app has taken over the pre-rendered page: Leaflet measures its container).
    let catalog_init = catalog.clone();
    let attached = crate::takeover::use_attached();
    Effect::new(move |_| {
        let loaded = leaflet.get();
        let Some(el) = container.get() else { return };
        if !attached.get() {
            return;
        }
        match loaded {
            Some(Ok(())) if state.with_value(Option::is_none) => {
                let strings = offer_strings();
                let on_open = move |i| {
                    if selected.get_untracked() != Some(i) {
                        selected.set(Some(i));
                    }
                };
                let on_tiles_failed = move || {
                    if !tiles_failed.get_untracked() {
                        tiles_failed.set(true);
                    }
                };
                match OfferMap::new(
                    &el,
                    &catalog_init,
                    today(),
                    strings,
                    true,
                    on_open,
                    on_tiles_failed,
                ) {
                    Ok(offers) => {
                        let markers = Markers::new(&catalog_init, &offers);
                        let s = State {
                            offers,
                            markers,
                            coverage: None,
                        };
                        state.set_value(Some(s));
                        // Measure the container again once the browser has laid it out.
                        request_animation_frame(move || {
                            state.with_value(|s| {
                                if let Some(s) = s {
                                    s.offers.map.invalidate_size(false);
                                }
                            });
                            ready.set(true);
                        });
                    }
                    Err(_) => failed.set(true),
                }
            }
            Some(Err(_)) => failed.set(true),
            _ => {}
        }
    });

    // Markers follow the filtered offers (only the difference is added or removed).
    Effect::new(move |_| {
        ready.track();
        shown.with(|indices| markers::show(state, indices));
    });

    // The view follows the page (selected municipality, position).
    Effect::new(move |_| {
        let (lat, lon, zoom) = view.get();
        ready.track();
        state.with_value(|s| {
            if let Some(s) = s {
                // The container may have been laid out after the map was created.
                s.offers.map.invalidate_size(false);
                s.offers.map.set_view(&LatLng::new(lat, lon), zoom);
            }
        });
    });

    // Selecting in the list opens the marker's popup.
    Effect::new(move |_| {
        let Some(i) = selected.get() else { return };
        ready.track();
        state.with_value(|s| {
            let Some(s) = s else { return };
            if let Some(marker) = s.markers.shown(i) {
                s.offers.open(marker);
            }
        });
    });

    // The coverage layer loads the boundaries only when switched on.
    Effect::new(move |_| {
        let on = coverage.get();
        ready.track();
        if state.with_value(Option::is_some) {
            coverage::set_visible(state, on, catalog.clone(), on_area, coverage);
        }
    });

    on_cleanup(move || {
        state.update_value(|s| {
            if let Some(s) = s.take() {
                s.offers.remove();
            }
        });
    });

    let m = map_strings();
    view! {
        <div class="map-frame">
            <div node_ref=container class="map" role="region" aria-label=m.map_label></div>
            {move || failed.get().then(|| view! { <p class="ds-paragraph map-failed" role="alert">{m.map_failed}</p> })}
        </div>
    }
}
