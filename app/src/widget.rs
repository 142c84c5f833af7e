//! `/embed`: the widget municipal websites put in an `<iframe>` — the offers of one
//! municipality (`kommune=5037`) or county (`fylke=50`) as a map, a list or both
//! (`visning=kart|liste|begge`), in bokmål, nynorsk or English (`sprak=nb|nn|en`), with
//! minimal chrome and a link to the full site. It stores nothing, sets no cookies, and posts
//! its content height to the parent page (`{type: "digihjelpen:height", height}`) so an
//! optional snippet can size the iframe.
//!
//! The widget renders once, after the data has loaded, and then only reacts to a few clicks,
//! so it is built with plain DOM calls on the same domain queries, popups and map core as
//! the site, without Leptos: that keeps its own WASM bundle (the `embed` binary) less than
//! half the size, for municipal pages that load it on every visit.

mod list;
pub mod model;
mod settings;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leaflet::{LatLng, LatLngBounds, Marker};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use model::Model;
pub use settings::{Area, Settings, Show};

use crate::components::dom::{add, attrs, document, el, error_box};
use crate::components::layout::MAIN_ID;
use crate::components::leaflet::{ensure_leaflet, object};
use crate::components::offer_map::OfferMap;
use crate::data::{load_area_catalog, load_catalog, today, Catalog, LoadError};
use crate::i18n::embed::EmbedStrings;

/// Markers are clustered (and Leaflet.markercluster loaded) only for more offers than this:
/// a municipality's few offers are easier to read one by one, and the plugin costs 9 KB.
const CLUSTER_FROM: usize = 30;

/// The closest the map zooms in when it fits its markers.
const MAX_ZOOM: f64 = 10.0;

/// Mounts the widget in the page's `<main>`: the build's render of the area (`/embed?kommune=…`
/// with the default settings), or a new one (the `embed` binary).
pub fn start() {
    let pre_rendered = crate::components::dom::query("main.embed-main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    let main = pre_rendered.unwrap_or_else(|| {
        let main = el("main", "embed-main", None);
        attrs(&main, &[("id", MAIN_ID)]);
        if let Some(body) = document().body() {
            add(&body, &main);
        }
        main
    });
    mount(&main);
}

/// Renders the widget into `root` (emptied first, labelled in the widget's language), with
/// the settings of the page's URL.
pub fn mount(root: &web_sys::HtmlElement) {
    let settings = Settings::from_query(&location_search());
    if let Some(html) = document().document_element() {
        attrs(&html, &[("lang", settings.strings.lang)]);
    }
    attrs(root, &[("aria-label", &(settings.strings.title)(None))]);
    post_height();
    load(root.clone(), settings);
}

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Loads the catalog, then renders the widget (in one step: what the build rendered is
/// replaced by the same from the fresh data) or the error box (above what the build rendered,
/// which stays). Without a pre-rendered view, says "loading" meanwhile.
fn load(root: web_sys::HtmlElement, settings: Settings) {
    let s = settings.strings;
    let pre_rendered = root.query_selector("h1").ok().flatten().is_some();
    if !pre_rendered {
        root.set_text_content(None);
        let loading = el("p", "loading", Some(s.loading));
        attrs(&loading, &[("role", "status")]);
        add(&root, &loading);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load_for(&settings).await;
        if let Some(old) = root.query_selector(".data-error").ok().flatten() {
            old.remove();
        }
        match loaded {
            Ok(catalog) => {
                root.set_text_content(None);
                render(&root, &catalog, settings);
            }
            Err(error) => {
                if !pre_rendered {
                    root.set_text_content(None);
                }
                render_error(&root, &error, settings);
            }
        }
    });
}

/// The data of the area the widget shows (its own small file), or of the whole country when
/// it shows all of it or the URL names an area the build wrote no file for (the widget then
/// says the number is unknown).
async fn load_for(settings: &Settings) -> Result<Arc<Catalog>, LoadError> {
    let area = match (settings.municipality, settings.county) {
        (Some(m), _) => Some(digihjelpen::Area::Municipality(m)),
        (None, Some(c)) => Some(digihjelpen::Area::County(c)),
        (None, None) => None,
    };
    match area {
        Some(area) => match load_area_catalog(area).await {
            Err(LoadError {
                kind: crate::data::LoadErrorKind::Missing,
                ..
            }) => load_catalog().await,
            other => other,
        },
        None => load_catalog().await,
    }
}

/// The data error box in the widget's language, with a retry that loads again.
fn render_error(root: &web_sys::HtmlElement, error: &LoadError, settings: Settings) {
    let root_again = root.clone();
    let alert = error_box(error, settings.strings, move || {
        load(root_again.clone(), settings.clone())
    });
    let _ = root.prepend_with_node_1(&alert);
}

/// The map, once it exists, and the markers of the offers shown.
struct MapState {
    map: OfferMap,
    markers: Vec<(usize, Marker)>,
}

impl Drop for MapState {
    fn drop(&mut self) {
        self.map.remove();
    }
}

thread_local! {
    /// The widget shown: it owns the map and the callbacks Leaflet calls, so it lives until
    /// the widget is rendered again.
    static SHOWN: RefCell<Option<Rc<Widget>>> = const { RefCell::new(None) };
}

/// Everything the widget's clicks need.
struct Widget {
    catalog: Arc<Catalog>,
    strings: &'static EmbedStrings,
    map: RefCell<Option<MapState>>,
    list: Rc<crate::components::offer_items::OfferItems>,
}

fn render(root: &web_sys::HtmlElement, catalog: &Arc<Catalog>, settings: Settings) {
    let s = settings.strings;
    let model = Model::new(catalog, &settings);
    document().set_title(&format!("{}{}", model.title, s.title_suffix));

    let heading = el("h1", "ds-heading embed-title", Some(&model.title));
    attrs(&heading, &[("data-size", "sm"), ("id", "sidetittel")]);
    add(root, &heading);
    if let Some(note) = &model.unknown_area {
        // A wrong number in the snippet: say so, and show all of Norway rather than nothing.
        let note = el("p", "ds-paragraph offer-note unknown-area", Some(note));
        attrs(&note, &[("data-size", "sm")]);
        add(root, &note);
    }
    let count = el("p", "ds-paragraph result-count", Some(&model.count));
    attrs(&count, &[("data-size", "sm"), ("role", "status")]);
    add(root, &count);

    let body = el(
        "div",
        if settings.show == Show::Both {
            "embed-body both"
        } else {
            "embed-body"
        },
        None,
    );
    add(root, &body);
    let with_map = settings.show != Show::List;
    let map_container = with_map.then(|| {
        let column = el("div", "finder-map needs-js", None);
        let frame = el("div", "map-frame", None);
        let container = el("div", "map", None);
        attrs(
            &container,
            &[("role", "region"), ("aria-label", s.map_label)],
        );
        add(&frame, &container);
        add(&column, &frame);
        add(&body, &column);
        (frame, container)
    });

    let widget = Rc::new_cyclic(|weak| Widget {
        catalog: catalog.clone(),
        strings: s,
        map: RefCell::new(None),
        list: list::items(weak, catalog, s, with_map),
    });
    SHOWN.with(|shown| shown.replace(Some(widget.clone())));
    let column = match &model.near {
        Some((near, intro)) => Some(list::near(&widget, near, intro)),
        None if settings.show == Show::Map => None,
        None => Some(list::offer_section(&widget, model.shown.clone())),
    };
    if let Some(column) = column {
        add(&body, &column);
    }

    let footer = el("p", "ds-paragraph embed-footer", None);
    attrs(&footer, &[("data-size", "sm")]);
    let link = el("a", "", Some(s.see_all));
    attrs(
        &link,
        &[
            ("href", &model.full_site),
            ("target", "_blank"),
            ("rel", "noopener"),
        ],
    );
    add(&footer, &link);
    add(
        &footer,
        &document().create_text_node(&format!(" · {}", s.map_credit)),
    );
    add(root, &footer);

    if let Some((frame, container)) = map_container {
        let (shown, view) = (model.shown, model.view);
        wasm_bindgen_futures::spawn_local(async move {
            let clustered = shown.len() > CLUSTER_FROM;
            let created = match ensure_leaflet(clustered).await {
                Ok(()) => create_map(&widget, &frame, &container, &shown, clustered, view),
                Err(_) => Err(JsValue::NULL),
            };
            if created.is_err() {
                note(&frame, s.map_failed, "alert");
            }
        });
    }
}

/// Creates the map with a marker per shown offer.
fn create_map(
    widget: &Rc<Widget>,
    frame: &web_sys::HtmlElement,
    container: &web_sys::HtmlElement,
    shown: &[usize],
    clustered: bool,
    (lat, lon, zoom): (f64, f64, f64),
) -> Result<(), JsValue> {
    let on_open = {
        let widget = Rc::downgrade(widget);
        move |i| {
            if let Some(w) = widget.upgrade() {
                w.list.select(i);
            }
        }
    };
    let tiles_noted = Rc::new(std::cell::Cell::new(false));
    let frame_for_note = frame.clone();
    let tiles_failed_text = widget.strings.tiles_failed;
    let on_tiles_failed = move || {
        if !tiles_noted.replace(true) {
            note(&frame_for_note, tiles_failed_text, "status");
        }
    };
    let map = OfferMap::new(
        container,
        &widget.catalog,
        today(),
        widget.strings.offer,
        clustered,
        on_open,
        on_tiles_failed,
    )?;
    let markers: Vec<(usize, Marker)> = shown
        .iter()
        .map(|&i| (i, map.marker(&widget.catalog, i)))
        .collect();
    let layers: js_sys::Array = markers.iter().map(|(_, m)| m).collect();
    map.markers.add_layers(&layers);
    map.map.invalidate_size(false);
    // Show every marker together with the place (so the nearest offers elsewhere are in view
    // too), but not closer than a town.
    let place = LatLng::new(lat, lon);
    if shown.is_empty() {
        map.map.set_view(&place, zoom);
    } else {
        let bounds = LatLngBounds::new(&place, &place);
        for &i in shown {
            let (point, _) = widget.catalog.offers[i].position();
            bounds.extend(&LatLng::new(point.lat(), point.lon()));
        }
        let padding = js_sys::Array::of2(&32.into(), &32.into());
        map.map.fit_bounds_with_options(
            &bounds,
            &object(&[("maxZoom", MAX_ZOOM.into()), ("padding", padding.into())]),
        );
    }
    *widget.map.borrow_mut() = Some(MapState { map, markers });
    Ok(())
}

/// A short message under the map.
fn note(frame: &web_sys::HtmlElement, text: &str, role: &str) {
    let p = el("p", "ds-paragraph map-failed", Some(text));
    attrs(&p, &[("role", role), ("data-size", "sm")]);
    add(frame, &p);
}

impl Widget {
    /// Opens offer `i`'s popup on the map and brings the map into view.
    fn show_on_map(&self, i: usize) {
        let state = self.map.borrow();
        let Some(state) = state.as_ref() else { return };
        if let Some((_, marker)) = state.markers.iter().find(|(j, _)| *j == i) {
            state.map.open(marker);
            if let Ok(Some(map)) = document().query_selector(".finder-map") {
                map.scroll_into_view();
            }
        }
    }
}

/// Calls `f` on every click of `target` (for as long as the page lives).
/// Posts the document's height to the parent page whenever it changes (only inside a frame).
fn post_height() {
    let Some(win) = web_sys::window() else { return };
    let framed = win
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| !js_sys::Object::is(&p, &win));
    if !framed {
        return;
    }
    let post = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let Some(w) = web_sys::window() else { return };
        let Some(root) = w.document().and_then(|d| d.document_element()) else {
            return;
        };
        if let Ok(Some(parent)) = w.parent() {
            let message = object(&[
                ("type", "digihjelpen:height".into()),
                ("height", root.scroll_height().into()),
            ]);
            let _ = parent.post_message(&message, "*");
        }
    });
    let observer_class = js_sys::Reflect::get(&win, &"ResizeObserver".into()).ok();
    if let (Some(class), Some(root)) = (
        observer_class,
        win.document().and_then(|d| d.document_element()),
    ) {
        if let Ok(class) = class.dyn_into::<js_sys::Function>() {
            let args = js_sys::Array::of1(post.as_ref());
            if let Ok(observer) = js_sys::Reflect::construct(&class, &args) {
                if let Ok(observe) = js_sys::Reflect::get(&observer, &"observe".into()) {
                    let _ = observe
                        .unchecked_ref::<js_sys::Function>()
                        .call1(&observer, &root);
                }
            }
        }
    }
    // The observer lives as long as the page.
    post.forget();
}
