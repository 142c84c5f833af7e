//! The framework-free core of the map of offers, shared by the site's
//! [`MapView`](crate::components::map_view::MapView) and the embed widget: a Leaflet map with
//! Kartverket's base map, a marker cluster group, accessible markers whose popups are built
//! on demand from one function, and the keyboard handling Leaflet lacks (Escape inside a
//! popup closes it; focus moves into an opened popup and back to its marker when it closes).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use digihjelpen::Date;
use leaflet::{LatLng, Map, MapOptions, Marker, MarkerOptions, TileLayer, TileLayerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dom::document;
use crate::components::leaflet::{mark, object, MarkerLayer, TILE_ATTRIBUTION, TILE_URL};
use crate::components::offer_details::popup_element;
use crate::data::Catalog;
use crate::i18n::offer::OfferStrings;

/// Where the map should look: latitude, longitude, zoom.
pub type View = (f64, f64, f64);

/// Norway, all of it.
pub const NORWAY: View = (65.0, 14.0, 4.0);

/// A JS callback kept alive as long as the map.
pub type Callback1 = Closure<dyn FnMut(JsValue) -> JsValue>;

/// The property on each marker that holds its offer's position in the catalog.
const INDEX_KEY: &str = "digihjelpenIndex";

/// A map of offers. Dropping it keeps the Leaflet map; call [`OfferMap::remove`] to take it
/// out of the page.
pub struct OfferMap {
    /// The Leaflet map.
    pub map: Map,
    /// The layer that holds the markers shown.
    pub markers: MarkerLayer,
    popup_content: Callback1,
    popup_catalog: Rc<RefCell<Arc<Catalog>>>,
    popup_options: JsValue,
    icon: leaflet::Icon,
    closures: Vec<Callback1>,
}

/// The markers' icon: a pin in Digihjelpen's blue with a dark edge (`icons/marker.svg`, Leaflet's
/// size and anchor): sharp at any screen density, and a tenth of the bytes of Leaflet's
/// high-resolution PNG. No shadow.
fn marker_icon() -> leaflet::Icon {
    let options = leaflet::IconOptions::new();
    options.set_icon_url("/icons/marker.svg".to_owned());
    options.set_icon_size(leaflet::Point::new(25.0, 41.0));
    options.set_icon_anchor(leaflet::Point::new(12.0, 41.0));
    options.set_popup_anchor(leaflet::Point::new(1.0, -34.0));
    options.set_tooltip_anchor(leaflet::Point::new(16.0, -28.0));
    leaflet::Icon::new(&options)
}

impl OfferMap {
    /// Creates the map in `el`, looking at all of Norway, with clustered markers or not
    /// (`clustered` needs `ensure_leaflet(true)`). `on_open` is called with the offer's
    /// position in the catalog when its popup opens; `on_tiles_failed` when a base map tile
    /// cannot load (offline, blocked).
    ///
    /// # Errors
    /// When Leaflet cannot create the map in `el`.
    pub fn new(
        el: &web_sys::HtmlElement,
        catalog: &Arc<Catalog>,
        today: Date,
        strings: &'static OfferStrings,
        clustered: bool,
        on_open: impl Fn(usize) + 'static,
        on_tiles_failed: impl Fn() + 'static,
    ) -> Result<OfferMap, JsValue> {
        mark("digihjelpen:kart-start");
        let options = MapOptions::new();
        options.set_zoom_control(true);
        // Vector layers (the 357 municipality boundaries) on one canvas, not as 357 SVG
        // elements: far less work on the main thread of a slow phone.
        options.set_prefer_canvas(true);
        let map = Map::new_with_element(el.unchecked_ref(), &options)?;
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
            on_tiles_failed();
            JsValue::UNDEFINED
        });
        evented(&tiles, "tileerror", &on_tile_error);
        tiles.add_to(&map);

        let markers = MarkerLayer::new(clustered);
        markers.layer().add_to(&map);

        // Escape inside an open popup closes it (Leaflet only listens while the map itself
        // has focus); the "popupclose" handler then returns focus to the marker.
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
        let popup_catalog = Rc::new(RefCell::new(catalog.clone()));
        let catalog_popup = popup_catalog.clone();
        let popup_content = Callback1::new(move |marker: JsValue| {
            let catalog = catalog_popup.borrow();
            index_of(&marker)
                .and_then(|i| catalog.offers.get(i))
                .map_or(JsValue::NULL, |offer| {
                    popup_element(offer, &catalog, today, strings).into()
                })
        });
        let open_handler = Callback1::new(move |event: JsValue| {
            if let Some(i) = popup_source(&event).as_ref().and_then(index_of) {
                on_open(i);
            }
            // After Leaflet has finished handling the key press that opened it.
            let focus = Closure::once_into_js(move || focus_popup(&event));
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(focus.unchecked_ref());
            }
            JsValue::UNDEFINED
        });
        let close_handler = Callback1::new(move |event: JsValue| {
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
        evented(&map, "popupopen", &open_handler);
        evented(&map, "popupclose", &close_handler);
        Ok(OfferMap {
            map,
            markers,
            popup_content,
            popup_catalog,
            popup_options: object(&[("maxWidth", 320.into()), ("closeOnEscapeKey", true.into())]),
            icon: marker_icon(),
            closures: vec![on_tile_error, on_key, open_handler, close_handler],
        })
    }

    /// The catalog the popups are built from from now on: markers made with [`marker`]
    /// hold positions into the catalog they were made for, so make them again.
    ///
    /// [`marker`]: Self::marker
    pub fn set_catalog(&self, catalog: Arc<Catalog>) {
        *self.popup_catalog.borrow_mut() = catalog;
    }

    /// The marker of offer `index`, not yet on the map: its accessible name is the offer's
    /// and its municipality's name, it can be reached with Tab, and its popup is built when
    /// it opens.
    pub fn marker(&self, catalog: &Catalog, index: usize) -> Marker {
        let offer = &catalog.offers[index];
        let (point, _) = offer.position();
        let municipality = catalog
            .registry
            .municipality(offer.municipality())
            .map(|m| m.name())
            .unwrap_or_default();
        let name = format!("{}, {municipality}", offer.name());
        let options = MarkerOptions::new();
        options.set_title(name.clone());
        options.set_alt(name);
        options.set_keyboard(true);
        options.set_icon(self.icon.clone());
        let marker = Marker::new_with_options(&LatLng::new(point.lat(), point.lon()), &options);
        let _ = js_sys::Reflect::set(&marker, &INDEX_KEY.into(), &(index as f64).into());
        marker.bind_popup_with_options(self.popup_content.as_ref(), &self.popup_options);
        marker
    }

    /// Zooms until `marker` is out of its cluster, then opens its popup.
    pub fn open(&self, marker: &Marker) {
        let m = marker.clone();
        let open = Closure::once_into_js(move || m.open_popup());
        self.markers.show(marker, &open);
    }

    /// Keeps `closure` alive as long as the map (for layers added later).
    pub fn keep(&mut self, closure: Callback1) {
        self.closures.push(closure);
    }

    /// Takes the map out of the page.
    pub fn remove(&self) {
        self.map.remove();
    }
}

/// The offer a marker stands for.
pub fn index_of(marker: &JsValue) -> Option<usize> {
    js_sys::Reflect::get(marker, &INDEX_KEY.into())
        .ok()?
        .as_f64()
        .map(|f| f as usize)
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
