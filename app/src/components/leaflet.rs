//! Leaflet glue: loading the vendored Leaflet 1.9.4 and Leaflet.markercluster on demand, and
//! the few bindings the `leaflet` crate lacks (`L.geoJSON`, `L.markerClusterGroup`).
//!
//! Leaflet is loaded only by pages that show a map, so the front page stays small.

use std::cell::RefCell;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The base map: Kartverket's open topographic WMTS cache (the only third-party request).
pub const TILE_URL: &str =
    "https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png";
/// Attribution of the base map.
pub const TILE_ATTRIBUTION: &str = "© Kartverket";
/// Attribution of the boundaries layer.
pub const BOUNDARIES_ATTRIBUTION: &str = "Kommunegrenser: © Kartverket (CC BY 4.0)";

#[wasm_bindgen]
extern "C" {
    /// `L.MarkerClusterGroup`.
    #[wasm_bindgen(extends = leaflet::FeatureGroup, extends = leaflet::Layer, js_namespace = L)]
    #[derive(Debug, Clone)]
    pub type MarkerClusterGroup;

    /// `L.markerClusterGroup(options)`.
    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &JsValue) -> MarkerClusterGroup;

    /// Adds many markers at once (one re-cluster, not one per marker); `skip_events` leaves
    /// out the `layeradd` event per marker.
    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers(this: &MarkerClusterGroup, layers: &js_sys::Array, skip_events: bool);

    /// Removes many markers at once.
    #[wasm_bindgen(method, js_name = removeLayers)]
    pub fn remove_layers(this: &MarkerClusterGroup, layers: &js_sys::Array);

    /// Removes every marker.
    #[wasm_bindgen(method, js_name = clearLayers)]
    pub fn clear_layers(this: &MarkerClusterGroup);

    /// Zooms and spiderfies until `layer` is visible, then calls `callback`.
    #[wasm_bindgen(method, js_name = zoomToShowLayer)]
    pub fn zoom_to_show_layer(
        this: &MarkerClusterGroup,
        layer: &leaflet::Layer,
        callback: &JsValue,
    );

    /// `L.GeoJSON`.
    #[wasm_bindgen(extends = leaflet::FeatureGroup, extends = leaflet::Layer, js_namespace = L)]
    #[derive(Debug, Clone)]
    pub type GeoJson;

    /// `L.geoJSON(data, options)`.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &JsValue) -> GeoJson;
}

fn document() -> web_sys::Document {
    leptos::prelude::document()
}

/// Appends `<link rel="stylesheet">` once per href.
fn add_stylesheet(href: &str) {
    let doc = document();
    if doc
        .query_selector(&format!("link[href='{href}']"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    if let Ok(link) = doc.create_element("link") {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", href);
        if let Some(head) = doc.head() {
            let _ = head.append_child(&link);
        }
    }
}

/// Loads a classic script and resolves when it has run.
async fn load_script(src: &str) -> Result<(), String> {
    let doc = document();
    let script: web_sys::HtmlScriptElement = doc
        .create_element("script")
        .map_err(|_| "kunne ikke lage script-element".to_owned())?
        .unchecked_into();
    script.set_src(src);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    doc.head()
        .ok_or_else(|| "dokumentet mangler <head>".to_owned())?
        .append_child(&script)
        .map_err(|_| "kunne ikke legge til script".to_owned())?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| format!("kunne ikke laste {src}"))
}

/// True when `window.L.markerClusterGroup` exists.
fn loaded() -> bool {
    js_sys::Reflect::get(&window(), &"L".into())
        .ok()
        .filter(|l| !l.is_undefined())
        .and_then(|l| js_sys::Reflect::get(&l, &"markerClusterGroup".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Loads Leaflet and Leaflet.markercluster (scripts and styles) once per page load; every
/// caller awaits the same load, so a page may start it early (while its data loads).
///
/// # Errors
/// A Norwegian message naming the file that failed.
pub async fn ensure_leaflet() -> Result<(), String> {
    let loading = LOADING.with(|l| {
        l.borrow_mut()
            .get_or_insert_with(|| load_leaflet().boxed_local().shared())
            .clone()
    });
    let result = loading.await;
    if result.is_err() {
        // Let a later attempt try again.
        LOADING.with(|l| l.borrow_mut().take());
    }
    result
}

type Loading = Shared<LocalBoxFuture<'static, Result<(), String>>>;

thread_local! {
    static LOADING: RefCell<Option<Loading>> = const { RefCell::new(None) };
}

async fn load_leaflet() -> Result<(), String> {
    add_stylesheet("/vendor/leaflet/leaflet.css");
    add_stylesheet("/vendor/leaflet.markercluster/MarkerCluster.css");
    add_stylesheet("/vendor/leaflet.markercluster/MarkerCluster.Default.css");
    if loaded() {
        return Ok(());
    }
    let has_leaflet = js_sys::Reflect::get(&window(), &"L".into()).is_ok_and(|l| !l.is_undefined());
    if !has_leaflet {
        load_script("/vendor/leaflet/leaflet.js").await?;
    }
    load_script("/vendor/leaflet.markercluster/leaflet.markercluster.js").await
}

/// Sets a [performance mark](https://developer.mozilla.org/docs/Web/API/Performance/mark) so
/// that tests and benchmarks can time the map (`digihjelpen:kart-klart`, …).
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// A plain JS object from key/value pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}
