//! `/kart` in the browser (the `finder` entry point): plain DOM on the pre-rendered page,
//! without Leptos or the router.
//!
//! The build renders the page from the Leptos components of [`routes::map`](crate::routes::map)
//! — search, filters, the count, the first page of the list and an empty map frame. In the
//! browser this module loads the data, renders what depends on it again from the fresh files
//! (so a page built from older data never shows a mix), and wires the pre-rendered controls:
//! the municipality search, "near me", the filter selects (each change is a history entry:
//! `/kart?kommune=3907&malgruppe=eldre`), the map with its markers and coverage layer, and
//! the list. What is shown for a filter is decided in one place, [`results`], for both
//! renders.
//!
//! `/kart?kommune=5037` (one municipality, no other filter) starts from that municipality's
//! area file and `kommuner.json` instead of every offer: its bytes do not grow with the
//! country. The whole `tilbud.json` is loaded, and the page renders again from it, only when
//! the visitor asks for more than that area shows (another place, a filter, "near me", the
//! coverage layer). Leaving Leptos out keeps the page's code a fraction of a Leptos bundle, for the
//! page citizens open most on slow phones.

pub mod map;
pub mod results;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use digihjelpen::{Area, Filter, MunicipalityNumber, Point};
use wasm_bindgen::JsCast;

use crate::components::dom::{add, after, attrs, document, el, next_frame, on, on_click, query};
use crate::components::leaflet::ensure_leaflet;
use crate::components::municipality_combobox::Search;
use crate::components::offer_items::{fill_paged, near_section, OfferItems, ShowOnMap};
use crate::data::{load_catalog, load_municipality_catalog, Catalog, LoadError};
use crate::i18n::map::{MapStrings, MAP_NB};
use crate::i18n::offer::OfferStrings;
use digihjelpen::Locale;
use results::{url_of, with_param, FilterSelect, Results, SELECTS};

/// Starts the page: Leaflet and the data load side by side, then the page is wired (or says
/// what failed, keeping the pre-rendered list).
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = ensure_leaflet(true).await;
    });
    crate::takeover::take_over_with_catalog(
        ERROR_ID,
        ERROR_PLACES,
        || Box::pin(first_catalog()),
        Finder::attach,
    );
}

/// The municipality the page's address shows alone (`?kommune=5037` and no other filter):
/// its area file holds everything the first view needs.
fn one_municipality(filter: &Filter) -> Option<Area> {
    match filter.municipalities[..] {
        [n] if *filter == Area::Municipality(n).filter() => Some(Area::Municipality(n)),
        _ => None,
    }
}

/// The data the page starts from: one municipality's, when the address names only that, else
/// the whole. A missing or broken area file (a municipality the build did not know) falls
/// back to the whole data, whose render says what is wrong.
async fn first_catalog() -> Result<Arc<Catalog>, LoadError> {
    if let Some(area) = one_municipality(&Filter::from_query(&location_search())) {
        if let Ok(catalog) = load_municipality_catalog(area).await {
            return Ok(catalog);
        }
    }
    load_catalog().await
}

/// The places of the data error box.
const ERROR_PLACES: &[&str] = &[".finder", "main"];

/// The id of the data error box.
const ERROR_ID: &str = "kart-datafeil";

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The page: its handlers hold weak references, so it lives here, as long as the page.
    static PAGE: RefCell<Option<Rc<Finder>>> = const { RefCell::new(None) };
}

/// The page's state and the elements it updates.
struct Finder {
    catalog: RefCell<Arc<Catalog>>,
    m: &'static MapStrings,
    offer: &'static OfferStrings,
    count: web_sys::Element,
    body: web_sys::Element,
    list_section: web_sys::HtmlElement,
    ul: web_sys::Element,
    geo_status: Option<web_sys::Element>,
    map_column: Option<web_sys::Element>,
    items: Rc<OfferItems>,
    state: RefCell<State>,
    map: RefCell<Option<map::Shared>>,
    /// While the whole data is loading (the page started from one area's).
    loading_whole: std::cell::Cell<bool>,
}

#[derive(Default)]
struct State {
    filter: Filter,
    position: Option<Point>,
    results: Option<Results>,
    tiles_noted: bool,
}

impl Finder {
    /// Takes the pre-rendered page over; does nothing when the page lacks the finder.
    fn attach(catalog: Arc<Catalog>) {
        let (Some(count), Some(body), Some(list_section), Some(ul)) = (
            query(".finder .result-count"),
            query(".finder-body"),
            query(".finder-list:not(.near-list)")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
            query(".finder-list:not(.near-list) .offer-list"),
        ) else {
            return;
        };
        let offer = OfferStrings::of(Locale::Nb);
        let finder = Rc::new(Finder {
            items: Rc::new(OfferItems::new(catalog.clone(), offer)),
            catalog: RefCell::new(catalog),
            m: &MAP_NB,
            offer,
            count,
            body,
            list_section,
            ul,
            geo_status: query(".near-me [role=status]"),
            map_column: query(".finder-map"),
            state: RefCell::new(State {
                filter: Filter::from_query(&location_search()),
                ..State::default()
            }),
            map: RefCell::new(None),
            loading_whole: std::cell::Cell::new(false),
        });
        let weak = Rc::downgrade(&finder);
        finder.items.set_show_on_map(ShowOnMap {
            label: finder.m.show_on_map,
            class: "needs-js",
            run: Box::new(move |i| {
                if let Some(f) = weak.upgrade() {
                    f.show_on_map(i);
                }
            }),
        });
        PAGE.with(|page| page.replace(Some(finder.clone())));
        finder.wire();
        finder.update();
        finder.create_map();
    }

    /// Connects the pre-rendered controls (once).
    fn wire(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        // Every catalog has all municipalities: the search keeps the first one's.
        Search::attach(self.catalog.borrow().clone(), move |number| {
            if let Some(f) = weak.upgrade() {
                f.choose(number);
            }
        });
        for FilterSelect { id, key, .. } in SELECTS {
            let Some(select) = document().get_element_by_id(id) else {
                continue;
            };
            let f = Rc::downgrade(self);
            on(&select, "change", move |ev| {
                let (Some(f), Some(target)) = (f.upgrade(), ev.target()) else {
                    return;
                };
                if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
                    let filter = with_param(&f.state.borrow().filter, key, &select.value());
                    f.navigate(filter);
                }
            });
        }
        if let Some(reset) = query(".filters > button") {
            let f = Rc::downgrade(self);
            on_click(&reset, move || {
                if let Some(f) = f.upgrade() {
                    f.state.borrow_mut().position = None;
                    f.navigate(Filter::default());
                }
            });
        }
        if let Some(button) = query(".near-me button") {
            let f = Rc::downgrade(self);
            on_click(&button, move || {
                if let Some(f) = f.upgrade() {
                    f.near_me();
                }
            });
        }
        if let Some(toggle) = document().get_element_by_id("vis-dekning") {
            let f = Rc::downgrade(self);
            on(&toggle, "change", move |ev| {
                let on = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .is_some_and(|i| i.checked());
                if let Some(f) = f.upgrade() {
                    f.set_coverage(on);
                }
            });
        }
        if let Some(window) = web_sys::window() {
            let f = Rc::downgrade(self);
            on(&window, "popstate", move |_| {
                if let Some(f) = f.upgrade() {
                    f.state.borrow_mut().filter = Filter::from_query(&location_search());
                    f.update();
                }
            });
        }
    }

    /// A new filter, as a new history entry.
    fn navigate(self: &Rc<Self>, filter: Filter) {
        let url = url_of(&filter);
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        self.state.borrow_mut().filter = filter;
        self.update();
    }

    /// A municipality chosen in the search or on the coverage layer.
    fn choose(self: &Rc<Self>, number: MunicipalityNumber) {
        let filter = {
            let mut state = self.state.borrow_mut();
            state.position = None;
            let mut f = state.filter.clone();
            f.municipalities = vec![number];
            f
        };
        self.navigate(filter);
    }

    fn near_me(self: &Rc<Self>) {
        let m = self.m;
        self.say(m.near_me_waiting);
        let f = Rc::downgrade(self);
        crate::components::geolocation::current_position(move |result| {
            let Some(f) = f.upgrade() else { return };
            match result {
                Ok(p) => {
                    f.say("");
                    f.state.borrow_mut().position = Some(p);
                    f.update();
                }
                Err(()) => f.say(m.near_me_refused),
            }
        });
    }

    fn say(&self, text: &str) {
        if let Some(status) = &self.geo_status {
            status.set_text_content(Some(text));
        }
    }

    /// Whether what the page is asked to show needs more than the one area it started from.
    fn needs_whole(&self) -> bool {
        let catalog = self.catalog.borrow();
        let state = self.state.borrow();
        !catalog.is_whole()
            && (state.position.is_some() || one_municipality(&state.filter) != catalog.area)
    }

    /// Loads the whole data (once), then renders again from it: the page started from one
    /// area's file and the visitor asked for more. Until then the page stays as it is, with
    /// the count saying that it is loading; a failure puts the error box, with "Prøv igjen",
    /// above the page and leaves it as it was.
    fn load_whole(self: &Rc<Self>) {
        if self.loading_whole.replace(true) {
            return;
        }
        self.count.set_text_content(Some(self.m.loading_all));
        let f = Rc::downgrade(self);
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = load_catalog().await;
            let Some(f) = f.upgrade() else { return };
            f.loading_whole.set(false);
            match loaded {
                Ok(catalog) => {
                    crate::components::dom::clear_page_error(ERROR_ID);
                    f.set_catalog(catalog);
                    f.update();
                    if coverage_checked() {
                        f.set_coverage(true);
                    }
                }
                Err(error) => {
                    if let Some(results) = f.state.borrow().results.as_ref() {
                        f.show_count(results);
                    }
                    let retry = Rc::downgrade(&f);
                    crate::components::dom::show_page_error(
                        ERROR_ID,
                        ERROR_PLACES,
                        &error,
                        move || {
                            if let Some(f) = retry.upgrade() {
                                f.load_whole();
                            }
                        },
                    );
                }
            }
        });
    }

    /// Renders from `catalog` from now on (the list and the markers hold positions into it).
    fn set_catalog(&self, catalog: Arc<Catalog>) {
        self.items.set_catalog(catalog.clone());
        if let Some(map) = self.map.borrow().as_ref() {
            map::set_catalog(map, &catalog);
        }
        self.state.borrow_mut().results = None;
        *self.catalog.borrow_mut() = catalog;
    }

    /// "3 av 357 registrerte tilbud vises".
    fn show_count(&self, results: &Results) {
        let total = self.catalog.borrow().total;
        self.count
            .set_text_content(Some(&(self.m.count)(results.shown.len(), total)));
    }

    /// Renders everything that depends on the filter and the position.
    fn update(self: &Rc<Self>) {
        if self.needs_whole() {
            self.load_whole();
            return;
        }
        let results = {
            let state = self.state.borrow();
            Results::new(&self.catalog.borrow(), &state.filter, state.position)
        };
        self.sync_selects();
        self.render_municipality(&results);
        self.show_count(&results);
        self.render_lists(&results);
        // The map follows after the browser has painted the list: with thousands of offers
        // re-clustering takes longer than a frame, and the list is what is read first.
        if let Some(map) = self.map.borrow().clone() {
            let (shown, view) = (results.shown.clone(), results.view);
            next_frame(move || {
                after(0, move || {
                    map::show(&map, &shown);
                    map.borrow_mut().look_at(view);
                });
            });
        }
        self.state.borrow_mut().results = Some(results);
    }

    /// The selects show the URL's filter (after a reload or "back").
    fn sync_selects(&self) {
        let filter = self.state.borrow().filter.clone();
        for s in &SELECTS {
            let value = (s.current)(&filter).unwrap_or_default();
            if let Some(select) = document()
                .get_element_by_id(s.id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                if select.value() != value {
                    select.set_value(&value);
                }
            }
        }
    }

    /// "Valgt kommune: X", with a button that clears it.
    fn render_municipality(self: &Rc<Self>, results: &Results) {
        if let Some(old) = query(".finder .selected-municipality") {
            old.remove();
        }
        let m = self.m;
        let Some(chosen) = &results.municipality else {
            let asked = self.state.borrow().filter.municipalities.first().copied();
            if let Some(number) = asked {
                let text = (m.unknown_municipality)(&number.to_string());
                let p = el("p", "selected-municipality ds-paragraph", Some(&text));
                let _ = self.count.before_with_node_1(&p);
            }
            return;
        };
        let p = el("p", "selected-municipality ds-paragraph", None);
        add(
            &p,
            &document().create_text_node(&format!("{} ", m.selected_municipality)),
        );
        add(&p, &el("strong", "", Some(&chosen.name)));
        add(&p, &document().create_text_node(" "));
        let clear = el("button", "ds-button", Some(m.clear_municipality));
        attrs(
            &clear,
            &[
                ("type", "button"),
                ("data-variant", "tertiary"),
                ("data-size", "sm"),
            ],
        );
        let f = Rc::downgrade(self);
        on_click(&clear, move || {
            if let Some(f) = f.upgrade() {
                let mut filter = f.state.borrow().filter.clone();
                filter.municipalities.clear();
                f.navigate(filter);
            }
        });
        add(&p, &clear);
        let _ = self.count.before_with_node_1(&p);
    }

    /// The list of the offers shown, or the nearest offers with distances in its place.
    fn render_lists(&self, results: &Results) {
        if let Some(old) = query(".finder-body .near-list") {
            old.remove();
        }
        let m = self.m;
        match &results.nearest {
            Some(near) => {
                self.ul.set_text_content(None);
                self.items.clear();
                self.list_section.set_hidden(true);
                let section = near_section(
                    &self.items,
                    near,
                    results.near_heading(m),
                    results.near_intro(m).as_deref(),
                    m.km_away,
                );
                let _ = self.body.prepend_with_node_1(&section);
            }
            None => {
                self.list_section.set_hidden(false);
                fill_paged(
                    &self.items,
                    &self.ul,
                    results.shown.clone(),
                    m.show_more,
                    "needs-js",
                );
            }
        }
    }

    /// Creates the map once Leaflet has loaded, with the markers of the offers shown.
    fn create_map(self: &Rc<Self>) {
        let Some(container) =
            query(".finder-map .map").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let f = Rc::downgrade(self);
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = ensure_leaflet(true).await;
            // The map in a task of its own, after the list's.
            crate::components::dom::yield_to_browser().await;
            let Some(f) = f.upgrade() else { return };
            let created = loaded.map_err(|_| ()).and_then(|()| f.new_map(&container));
            match created {
                Ok(map) => {
                    let (shown, view) = f
                        .state
                        .borrow()
                        .results
                        .as_ref()
                        .map(|r| (r.shown.clone(), r.view))
                        .unwrap_or_default();
                    map::show(&map, &shown);
                    map.borrow_mut().look_at(view);
                    // Measure the container again once the browser has laid it out.
                    let again = map.clone();
                    next_frame(move || again.borrow().resize());
                    *f.map.borrow_mut() = Some(map);
                    // The coverage layer, when it was switched on before the map existed.
                    if coverage_checked() {
                        f.set_coverage(true);
                    }
                }
                Err(()) => {
                    if let Some(frame) = query(".finder-map .map-frame") {
                        let p = el("p", "ds-paragraph map-failed", Some(f.m.map_failed));
                        attrs(&p, &[("role", "alert")]);
                        add(&frame, &p);
                    }
                }
            }
        });
    }

    fn new_map(self: &Rc<Self>, container: &web_sys::HtmlElement) -> Result<map::Shared, ()> {
        let on_open = {
            let f = Rc::downgrade(self);
            move |i| {
                if let Some(f) = f.upgrade() {
                    f.selected_on_map(i);
                }
            }
        };
        let on_tiles_failed = {
            let f = Rc::downgrade(self);
            move || {
                if let Some(f) = f.upgrade() {
                    f.tiles_failed();
                }
            }
        };
        map::FinderMap::create(
            container,
            &self.catalog.borrow(),
            self.offer,
            on_open,
            on_tiles_failed,
        )
        .map_err(|_| ())
    }

    /// A popup opened on the map: its offer is marked in the list (added after the pages
    /// shown when it is further down).
    fn selected_on_map(&self, i: usize) {
        if !self.items.has(i) && !self.list_section.hidden() {
            add(&self.ul, &self.items.item(i, None));
        }
        self.items.select(i);
    }

    /// "Vis på kartet": the offer's popup, and the map in view.
    fn show_on_map(&self, i: usize) {
        self.items.select(i);
        if let Some(map) = self.map.borrow().as_ref() {
            map.borrow().open(i);
        }
        if let Some(column) = &self.map_column {
            column.scroll_into_view();
        }
    }

    /// The base map failed: say so once, pointing to the coverage layer.
    fn tiles_failed(&self) {
        if std::mem::replace(&mut self.state.borrow_mut().tiles_noted, true) {
            return;
        }
        if let Some(column) = &self.map_column {
            add(
                column,
                &el("p", "ds-paragraph map-note", Some(self.m.tiles_failed)),
            );
        }
    }

    /// Shows or hides the coverage layer and its legend.
    fn set_coverage(self: &Rc<Self>, on: bool) {
        if let Some(old) = query(".finder-map .map-legend") {
            old.remove();
        }
        if on {
            if let Some(toggle) = query(".finder-map .coverage-toggle") {
                let _ = toggle.after_with_node_1(&legend(self.m));
            }
        }
        if on && !self.catalog.borrow().is_whole() {
            // Coverage is counted over every offer.
            self.load_whole();
            return;
        }
        let Some(map) = self.map.borrow().clone() else {
            return;
        };
        let f = Rc::downgrade(self);
        let again = f.clone();
        map::set_coverage(
            &map,
            on,
            Rc::new(move |n| {
                if let Some(f) = f.upgrade() {
                    f.choose(n);
                }
            }),
            Rc::new(move |error| {
                // Above the page, with a retry that shows the layer (if still switched on).
                let retry = again.clone();
                crate::components::dom::show_page_error(
                    ERROR_ID,
                    ERROR_PLACES,
                    &error,
                    move || {
                        crate::components::dom::clear_page_error(ERROR_ID);
                        if let Some(f) = retry.upgrade() {
                            f.set_coverage(coverage_checked());
                        }
                    },
                );
            }),
        );
    }
}

/// Whether the coverage layer's switch is on.
fn coverage_checked() -> bool {
    document()
        .get_element_by_id("vis-dekning")
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// The coverage layer's legend.
fn legend(m: &MapStrings) -> web_sys::HtmlElement {
    let ul = el("ul", "map-legend", None);
    attrs(&ul, &[("aria-label", m.legend_label)]);
    for (colour, text) in [
        (map::COVERED, m.legend_covered),
        (map::EXAMPLES, m.legend_examples),
        (map::UNCOVERED, m.legend_uncovered),
    ] {
        let li = el("li", "", None);
        let swatch = el("span", "swatch", None);
        attrs(&swatch, &[("aria-hidden", "true")]);
        // Through the CSSOM: the content security policy allows no style attributes.
        let _ = swatch.style().set_property("background", colour);
        add(&li, &swatch);
        add(&li, &document().create_text_node(text));
        add(&ul, &li);
    }
    ul
}
