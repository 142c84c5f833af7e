//! The Leaflet map of offers: clustered markers with accessible names and DOM popups
//! ([`markers`]), the coverage layer ([`coverage`]), and the Kartverket base map with a
//! fallback when tiles fail. The list beside it is the equal alternative; selection is shared
//! through signals.

mod coverage;
mod markers;

use std::sync::Arc;

use digihjelpen::MunicipalityNumber;
use leaflet::{LatLng, Map, MapOptions, TileLayer, TileLayerOptions};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use coverage::{COVERED, UNCOVERED};

use crate::components::leaflet::{
    ensure_leaflet, mark, marker_cluster_group, object, GeoJson, MarkerClusterGroup,
    TILE_ATTRIBUTION, TILE_URL,
};
use crate::components::offer_details::popup_element;
use crate::data::{today, Catalog};
use crate::i18n::map::map_strings;
use markers::{index_of, Markers};

/// Where the map should look: latitude, longitude, zoom.
pub type View = (f64, f64, f64);

/// Norway, all of it.
pub const NORWAY: View = (65.0, 14.0, 4.0);

/// A JS callback kept alive as long as the map.
type Callback1 = Closure<dyn FnMut(JsValue) -> JsValue>;

/// Everything Leaflet owns (`!Send`: kept in a local `StoredValue`, removed on cleanup).
struct State {
    map: Map,
    cluster: MarkerClusterGroup,
    markers: Markers,
    coverage: Option<GeoJson>,
    closures: Vec<Callback1>,
}

/// The map. `shown` are the offer indices to draw; `selected` is shared with the list;
/// `view` moves the map; `coverage` toggles the boundaries layer (`tiles_failed` is set, and
/// the layer switched on, when the base map cannot load); `on_area` is called when a
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
    let leaflet = LocalResource::new(ensure_leaflet);
    let failed = RwSignal::new(false);
    // Set once the map exists: the effects below re-run then (the map itself is not reactive).
    let ready = RwSignal::new(false);

    // Create the map once Leaflet is loaded and the container is in the DOM.
    let catalog_init = catalog.clone();
    Effect::new(move |_| {
        let loaded = leaflet.get();
        let Some(el) = container.get() else { return };
        match loaded {
            Some(Ok(())) if state.with_value(Option::is_none) => {
                match init(&el, &catalog_init, selected, tiles_failed) {
                    Ok(s) => {
                        state.set_value(Some(s));
                        // Measure the container again once the browser has laid it out.
                        request_animation_frame(move || {
                            state.with_value(|s| {
                                if let Some(s) = s {
                                    s.map.invalidate_size(false);
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
                s.map.invalidate_size(false);
                s.map.set_view(&LatLng::new(lat, lon), zoom);
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
                let m = marker.clone();
                let open = Closure::once_into_js(move || m.open_popup());
                s.cluster.zoom_to_show_layer(marker.unchecked_ref(), &open);
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
                s.map.remove();
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

fn init(
    el: &web_sys::HtmlDivElement,
    catalog: &Arc<Catalog>,
    selected: RwSignal<Option<usize>>,
    tiles_failed: RwSignal<bool>,
) -> Result<State, JsValue> {
    mark("digihjelpen:kart-start");
    let options = MapOptions::new();
    options.set_zoom_control(true);
    let map = Map::new_with_element(el, &options)?;
    let (lat, lon, zoom) = NORWAY;
    map.set_view(&LatLng::new(lat, lon), zoom);
    let evented = |target: &JsValue, kind: &str, handler: &Callback1| {
        target
            .unchecked_ref::<leaflet::Evented>()
            .on(kind, handler.as_ref());
    };

    let tile_options = TileLayerOptions::new();
    tile_options.set_attribution(TILE_ATTRIBUTION.to_owned());
    tile_options.set_max_zoom(18.0);
    let tiles = TileLayer::new_options(TILE_URL, &tile_options);
    let on_tile_error = Callback1::new(move |_| {
        if !tiles_failed.get_untracked() {
            tiles_failed.set(true);
        }
        JsValue::UNDEFINED
    });
    evented(&tiles, "tileerror", &on_tile_error);
    tiles.add_to(&map);

    let cluster = marker_cluster_group(&object(&[
        ("showCoverageOnHover", false.into()),
        ("maxClusterRadius", 50.into()),
    ]));
    cluster.add_to(&map);

    // Escape inside an open popup closes it (Leaflet only listens while the map itself has
    // focus); the "popupclose" handler then returns focus to the marker.
    let map_for_escape = map.clone();
    let on_key = Callback1::new(move |event: JsValue| {
        let key = js_sys::Reflect::get(&event, &"key".into())
            .ok()
            .and_then(|k| k.as_string());
        let target = js_sys::Reflect::get(&event, &"target".into()).ok();
        if key.as_deref() == Some("Escape") && target.as_ref().is_some_and(in_popup) {
            if let Ok(close) = js_sys::Reflect::get(&map_for_escape, &"closePopup".into()) {
                let _ = close
                    .unchecked_ref::<js_sys::Function>()
                    .call0(&map_for_escape);
            }
        }
        JsValue::UNDEFINED
    });
    let _ = el.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());

    // One popup builder and one open/close handler for all markers (not one per marker).
    let catalog_popup = catalog.clone();
    let today = today();
    let content = Callback1::new(move |marker: JsValue| {
        index_of(&marker)
            .and_then(|i| catalog_popup.offers.get(i))
            .map_or(JsValue::NULL, |offer| {
                popup_element(offer, &catalog_popup, today).into()
            })
    });
    let on_open = Callback1::new(move |event: JsValue| {
        if let Some(i) = popup_source(&event).as_ref().and_then(index_of) {
            if selected.get_untracked() != Some(i) {
                selected.set(Some(i));
            }
        }
        // After Leaflet has finished handling the key press that opened it.
        set_timeout(
            move || focus_popup(&event),
            std::time::Duration::from_millis(0),
        );
        JsValue::UNDEFINED
    });
    let on_close = Callback1::new(move |event: JsValue| {
        // Only when focus was in the popup: never take it from the list or the filters.
        let doc = document();
        let focus_in_popup = doc
            .active_element()
            .is_none_or(|a| doc.body().is_some_and(|b| *b == a) || in_popup(&a));
        if focus_in_popup {
            if let Some(marker) = popup_source(&event) {
                focus_marker(&marker);
            }
        }
        JsValue::UNDEFINED
    });
    evented(&map, "popupopen", &on_open);
    evented(&map, "popupclose", &on_close);
    let markers = Markers::new(catalog, content.as_ref());
    Ok(State {
        map,
        cluster,
        markers,
        coverage: None,
        closures: vec![on_tile_error, on_key, content, on_open, on_close],
    })
}

/// True when `target` is an element inside a Leaflet popup.
fn in_popup(target: &JsValue) -> bool {
    target
        .dyn_ref::<web_sys::Element>()
        .and_then(|t| t.closest(".leaflet-popup").ok().flatten())
        .is_some()
}

/// The marker a popup event belongs to.
fn popup_source(event: &JsValue) -> Option<JsValue> {
    let popup = js_sys::Reflect::get(event, &"popup".into()).ok()?;
    js_sys::Reflect::get(&popup, &"_source".into())
        .ok()
        .filter(|s| !s.is_undefined())
}

/// Moves focus into an opened popup (its heading), so screen readers read it.
fn focus_popup(event: &JsValue) {
    let heading = js_sys::Reflect::get(event, &"popup".into())
        .and_then(|p| js_sys::Reflect::get(&p, &"_contentNode".into()))
        .ok()
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        .and_then(|n| n.query_selector("h2").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.set_attribute("tabindex", "-1");
        let _ = h.focus();
    }
}

/// Returns focus to a marker's icon (after its popup closes).
fn focus_marker(marker: &JsValue) {
    if let Some(icon) = js_sys::Reflect::get(marker, &"_icon".into())
        .ok()
        .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = icon.focus();
    }
}
