//! The finder's map: the shared map core ([`OfferMap`]) with one marker per offer, of which
//! the cluster group holds exactly the offers shown (only the difference is added or removed,
//! [`CHUNK`] markers per animation frame, so a filter over 10,000 offers never blocks the
//! page), the view that follows the chosen place, and the coverage layer: municipality
//! boundaries (`kommunegrenser.geojson`, fetched only when the layer is first shown) shaded by
//! the domain crate's [`CoverageKind`]: a confirmed offer, examples only, or none; clicking
//! one chooses it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use digihjelpen::{CoverageKind, MunicipalityNumber};
use leaflet::{LatLng, Marker};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dom::next_frame;
use crate::components::leaflet::{geo_json, mark, object, GeoJson, BOUNDARIES_ATTRIBUTION};
use crate::components::offer_map::{OfferMap, View, NORWAY};
use crate::data::{fetch_text, today, Catalog, DataFile, LoadError, LoadErrorKind};
use crate::i18n::offer::OfferStrings;

/// Markers added to the cluster group per animation frame.
const CHUNK: usize = 500;

// The three fills are opaque and ordered by lightness, so that each differs from the next by
// at least 3:1 (WCAG 1.4.11), wherever two municipalities meet: white 1.00 → amber #c27c00 3.40:1
// → dark green #08401c 3.51:1 (white to green 11.9:1). The swatches in the legend have the
// boundary colour #4a4f57 as a border (8.0:1 on white).

/// Fill of a municipality with a confirmed offer ([`CoverageKind::Confirmed`]).
pub const COVERED: &str = "#08401c";
/// Fill of a municipality whose offers are all examples ([`CoverageKind::ExamplesOnly`]).
pub const EXAMPLES: &str = "#c27c00";
/// Fill of a municipality without an offer.
pub const UNCOVERED: &str = "#ffffff";

/// The map and its markers (Leaflet's objects live as long as the page).
pub struct FinderMap {
    catalog: Arc<Catalog>,
    offers: OfferMap,
    all: Vec<Marker>,
    on_map: Vec<bool>,
    want: Vec<bool>,
    cursor: usize,
    generation: u64,
    ready: bool,
    view: View,
    coverage: Coverage,
}

/// The coverage layer's state.
#[derive(Default)]
struct Coverage {
    wanted: bool,
    loading: bool,
    layer: Option<GeoJson>,
}

/// A shared handle: the map's callbacks (next frame, a loaded file) hold a weak one.
pub type Shared = Rc<RefCell<FinderMap>>;

impl FinderMap {
    /// Creates the map in `container` with one (not yet shown) marker per offer. `on_open`
    /// is called with the offer whose popup opens, `on_tiles_failed` when the base map fails.
    ///
    /// # Errors
    /// When Leaflet cannot create the map.
    pub fn create(
        container: &web_sys::HtmlElement,
        catalog: &Arc<Catalog>,
        strings: &'static OfferStrings,
        on_open: impl Fn(usize) + 'static,
        on_tiles_failed: impl Fn() + 'static,
    ) -> Result<Shared, JsValue> {
        let offers = OfferMap::new(
            container,
            catalog,
            today(),
            strings,
            true,
            on_open,
            on_tiles_failed,
        )?;
        let all: Vec<Marker> = (0..catalog.offers.len())
            .map(|i| offers.marker(catalog, i))
            .collect();
        mark("digihjelpen:kart-markorer");
        let n = all.len();
        Ok(Rc::new(RefCell::new(FinderMap {
            catalog: catalog.clone(),
            offers,
            all,
            on_map: vec![false; n],
            want: vec![false; n],
            cursor: 0,
            generation: 0,
            ready: false,
            view: NORWAY,
            coverage: Coverage::default(),
        })))
    }

    /// Measures the container again (after the page's layout changed).
    pub fn resize(&self) {
        self.offers.map.invalidate_size(false);
    }

    /// Looks at `view`, unless the map already does (a filter that keeps the place keeps
    /// the visitor's own panning and zooming).
    pub fn look_at(&mut self, view: View) {
        if self.view == view {
            return;
        }
        self.view = view;
        let (lat, lon, zoom) = view;
        self.resize();
        self.offers.map.set_view(&LatLng::new(lat, lon), zoom);
    }

    /// Opens offer `i`'s popup, when its marker is on the map.
    pub fn open(&self, i: usize) {
        if self.on_map.get(i).copied().unwrap_or(false) {
            self.offers.open(&self.all[i]);
        }
    }
}

/// Puts one (not yet shown) marker per offer of `catalog` in place of the old ones, which
/// leave the map: the page now shows the whole data instead of one area's. The next [`show`]
/// puts the markers wanted on the map.
pub fn set_catalog(map: &Shared, catalog: &Arc<Catalog>) {
    let mut guard = map.borrow_mut();
    let m = &mut *guard;
    // Chunks still scheduled for the old markers stop.
    m.generation += 1;
    m.offers.markers.clear_layers();
    m.offers.set_catalog(catalog.clone());
    m.all = (0..catalog.offers.len())
        .map(|i| m.offers.marker(catalog, i))
        .collect();
    let n = m.all.len();
    m.on_map = vec![false; n];
    m.want = vec![false; n];
    m.cursor = 0;
    m.catalog = catalog.clone();
    // A coverage layer shaded from the old catalog would be wrong: it is made again.
    if let Some(layer) = m.coverage.layer.take() {
        layer.remove();
    }
}

/// Makes the cluster group hold exactly the offers `shown`.
pub fn show(map: &Shared, shown: &[usize]) {
    let generation = {
        let mut m = map.borrow_mut();
        m.generation += 1;
        m.want.fill(false);
        for &i in shown {
            if let Some(w) = m.want.get_mut(i) {
                *w = true;
            }
        }
        let removed: Vec<usize> = (0..m.all.len())
            .filter(|&i| m.on_map[i] && !m.want[i])
            .collect();
        if removed.len() > shown.len() {
            // Cheaper to start again than to take out most of the markers one by one.
            m.offers.markers.clear_layers();
            m.on_map.fill(false);
        } else if !removed.is_empty() {
            let layers: js_sys::Array = removed.iter().map(|&i| &m.all[i]).collect();
            m.offers.markers.remove_layers(&layers);
            for i in removed {
                m.on_map[i] = false;
            }
        }
        m.cursor = 0;
        m.generation
    };
    add_chunk(Rc::downgrade(map), generation);
}

/// Adds the next chunk of wanted markers; schedules the next one for the next frame.
fn add_chunk(map: Weak<RefCell<FinderMap>>, generation: u64) {
    let Some(shared) = map.upgrade() else { return };
    let (more, first) = {
        let mut guard = shared.borrow_mut();
        let m = &mut *guard;
        if m.generation != generation {
            return;
        }
        let batch = js_sys::Array::new();
        let mut n = 0;
        while m.cursor < m.all.len() && n < CHUNK {
            let i = m.cursor;
            if m.want[i] && !m.on_map[i] {
                batch.push(&m.all[i]);
                m.on_map[i] = true;
                n += 1;
            }
            m.cursor += 1;
        }
        if n > 0 {
            m.offers.markers.add_layers(&batch);
        }
        let more = m.cursor < m.all.len();
        let first = !more && !m.ready;
        if !more {
            m.ready = true;
        }
        (more, first)
    };
    if more {
        next_frame(move || add_chunk(map, generation));
        return;
    }
    if first {
        mark("digihjelpen:kart-klart");
    }
    mark("digihjelpen:kart-oppdatert");
}

fn municipality_of(feature: &JsValue) -> Option<MunicipalityNumber> {
    js_sys::Reflect::get(feature, &"properties".into())
        .and_then(|p| js_sys::Reflect::get(&p, &"kommunenummer".into()))
        .ok()?
        .as_string()?
        .parse()
        .ok()
}

/// Shows or hides the coverage layer; the boundary file is fetched the first time it is
/// shown. `on_area` is called with a municipality clicked on the layer.
pub fn set_coverage(
    map: &Shared,
    on: bool,
    on_area: Rc<dyn Fn(MunicipalityNumber)>,
    on_failed: Rc<dyn Fn(LoadError)>,
) {
    let mut m = map.borrow_mut();
    m.coverage.wanted = on;
    if let Some(layer) = &m.coverage.layer {
        if on {
            layer.add_to(&m.offers.map);
            layer.bring_to_back();
        } else {
            layer.remove();
        }
        return;
    }
    if !on || m.coverage.loading {
        return;
    }
    m.coverage.loading = true;
    let weak = Rc::downgrade(map);
    wasm_bindgen_futures::spawn_local(async move {
        let data = fetch_text(DataFile::Boundaries).await.and_then(|text| {
            js_sys::JSON::parse(&text).map_err(|e| {
                let message: String = e
                    .dyn_into::<js_sys::Error>()
                    .map(|e| e.message().into())
                    .unwrap_or_default();
                let kind = LoadErrorKind::Invalid {
                    syntax: true,
                    problems: vec![message],
                };
                LoadError {
                    path: DataFile::Boundaries.path().to_owned(),
                    what: DataFile::Boundaries.describe(),
                    kind,
                }
            })
        });
        let Some(map) = weak.upgrade() else { return };
        let mut m = map.borrow_mut();
        m.coverage.loading = false;
        let data = match data {
            Ok(data) => data,
            Err(error) => {
                drop(m);
                on_failed(error);
                return;
            }
        };
        let layer = boundaries_layer(&mut m, &data, on_area);
        if m.coverage.wanted {
            layer.add_to(&m.offers.map);
            layer.bring_to_back();
        }
        m.coverage.layer = Some(layer);
    });
}

/// The boundaries as a Leaflet layer, shaded by coverage, clickable.
fn boundaries_layer(
    m: &mut FinderMap,
    data: &JsValue,
    on_area: Rc<dyn Fn(MunicipalityNumber)>,
) -> GeoJson {
    let catalog = m.catalog.clone();
    let style = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |feature: JsValue| {
        let kind =
            municipality_of(&feature).map_or(CoverageKind::None, |n| catalog.coverage.kind(n));
        let fill = match kind {
            CoverageKind::Confirmed => COVERED,
            CoverageKind::ExamplesOnly => EXAMPLES,
            CoverageKind::None => UNCOVERED,
        };
        object(&[
            ("color", "#4a4f57".into()),
            ("weight", 0.6.into()),
            ("fillColor", fill.into()),
            // Opaque: at a lower opacity the tiles beneath would take the contrast away.
            ("fillOpacity", 1.0.into()),
        ])
    });
    let layer = geo_json(
        data,
        &object(&[
            ("style", style.as_ref().clone()),
            ("attribution", BOUNDARIES_ATTRIBUTION.into()),
            ("interactive", true.into()),
        ]),
    );
    m.offers.keep(style);
    let click = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |event: JsValue| {
        let number = js_sys::Reflect::get(&event, &"layer".into())
            .and_then(|l| js_sys::Reflect::get(&l, &"feature".into()))
            .ok()
            .and_then(|f| municipality_of(&f));
        if let Some(n) = number {
            on_area(n);
        }
        JsValue::UNDEFINED
    });
    layer
        .unchecked_ref::<leaflet::Evented>()
        .on("click", click.as_ref());
    m.offers.keep(click);
    layer
}
