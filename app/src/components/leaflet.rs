//! Leaflet glue: loading the vendored Leaflet 1.9.4 and Leaflet.markercluster on demand, the
//! few bindings the `leaflet` crate lacks (`L.geoJSON`, `L.markerClusterGroup`), and
//! [`MarkerLayer`], the layer that holds a map's markers, clustered or not.
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

/// The layer that holds a map's markers: clustered when there may be many, a plain group for
/// a few (then Leaflet.markercluster is not loaded at all).
#[derive(Debug, Clone)]
pub enum MarkerLayer {
    /// `L.markerClusterGroup`.
    Clustered(MarkerClusterGroup),
    /// `L.layerGroup`.
    Plain(leaflet::LayerGroup),
}

impl MarkerLayer {
    /// A new, empty layer (clustered needs `ensure_leaflet(true)` first).
    pub fn new(clustered: bool) -> MarkerLayer {
        if clustered {
            MarkerLayer::Clustered(marker_cluster_group(&object(&[
                ("showCoverageOnHover", false.into()),
                ("maxClusterRadius", 50.into()),
            ])))
        } else {
            MarkerLayer::Plain(leaflet::LayerGroup::new())
        }
    }

    /// The layer, to add to a map.
    pub fn layer(&self) -> &leaflet::Layer {
        match self {
            MarkerLayer::Clustered(c) => c.unchecked_ref(),
            MarkerLayer::Plain(p) => p.unchecked_ref(),
        }
    }

    /// Adds many markers (one re-cluster, not one per marker).
    pub fn add_layers(&self, layers: &js_sys::Array) {
        match self {
            MarkerLayer::Clustered(c) => c.add_layers(layers, true),
            MarkerLayer::Plain(p) => layers.for_each(&mut |layer, _, _| {
                p.add_layer(layer.unchecked_ref());
            }),
        }
    }

    /// Removes many markers.
    pub fn remove_layers(&self, layers: &js_sys::Array) {
        match self {
            MarkerLayer::Clustered(c) => c.remove_layers(layers),
            MarkerLayer::Plain(p) => layers.for_each(&mut |layer, _, _| {
                p.remove_layer(layer.unchecked_ref());
            }),
        }
    }

    /// Removes every marker.
    pub fn clear_layers(&self) {
        match self {
            MarkerLayer::Clustered(c) => c.clear_layers(),
            MarkerLayer::Plain(p) => {
                p.clear_layers();
            }
        }
    }

    /// Makes `marker` visible (zooming it out of its cluster), then calls `then`.
    pub fn show(&self, marker: &leaflet::Marker, then: &JsValue) {
        match self {
            MarkerLayer::Clustered(c) => c.zoom_to_show_layer(marker.unchecked_ref(), then),
            MarkerLayer::Plain(_) => {
                if let Some(f) = then.dyn_ref::<js_sys::Function>() {
                    let _ = f.call0(&JsValue::NULL);
                }
            }
        }
    }
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

/// True when `window.L` (and, with `member`, `window.L[member]`) exists.
fn defined(member: Option<&str>) -> bool {
    let Ok(l) = js_sys::Reflect::get(&window(), &"L".into()) else {
        return false;
    };
    match member {
        _ if l.is_undefined() => false,
        None => true,
        Some(m) => js_sys::Reflect::get(&l, &m.into()).is_ok_and(|f| f.is_function()),
    }
}

type Loading = Shared<LocalBoxFuture<'static, Result<(), String>>>;

thread_local! {
    static CORE: RefCell<Option<Loading>> = const { RefCell::new(None) };
    static CLUSTER: RefCell<Option<Loading>> = const { RefCell::new(None) };
}

/// Runs `load` once per page load: every caller awaits the same load; a failed one may be
/// tried again.
async fn once(
    slot: &'static std::thread::LocalKey<RefCell<Option<Loading>>>,
    load: fn() -> LocalBoxFuture<'static, Result<(), String>>,
) -> Result<(), String> {
    let loading = slot.with(|l| {
        l.borrow_mut()
            .get_or_insert_with(|| load().shared())
            .clone()
    });
    let result = loading.await;
    if result.is_err() {
        slot.with(|l| l.borrow_mut().take());
    }
    result
}

/// Loads Leaflet (script and style) and, when `clustered`, Leaflet.markercluster, once per
/// page load, so a page may start it early (while its data loads). A map of a few offers
/// needs no clustering, and saves the plugin's bytes.
///
/// # Errors
/// A Norwegian message naming the file that failed.
pub async fn ensure_leaflet(clustered: bool) -> Result<(), String> {
    once(&CORE, || {
        async {
            add_stylesheet("/vendor/leaflet/leaflet.css");
            if defined(None) {
                return Ok(());
            }
            load_script("/vendor/leaflet/leaflet.js").await
        }
        .boxed_local()
    })
    .await?;
    if !clustered {
        return Ok(());
    }
    once(&CLUSTER, || {
        async {
            add_stylesheet("/vendor/leaflet.markercluster/MarkerCluster.css");
            add_stylesheet("/vendor/leaflet.markercluster/MarkerCluster.Default.css");
            if defined(Some("markerClusterGroup")) {
                return Ok(());
            }
            load_script("/vendor/leaflet.markercluster/leaflet.markercluster.js").await
        }
        .boxed_local()
    })
    .await
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
