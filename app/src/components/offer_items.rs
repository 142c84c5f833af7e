//! The list of offers as plain DOM, for the pages without Leptos (`/kart` in the browser and
//! the embed widget): the map's equal alternative, with every fact the popup has, in pages of
//! [`PAGE`] ("Vis flere" moves focus to the first new offer). The markup is that of the
//! build's render of the list (`routes::map`), so the browser's render replaces it without
//! a jump.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use crate::components::dom::{add, attrs, el, on_click};
use crate::components::offer_details::{add_details, data_text, format_km};
use digihjelpen::Near;

use crate::data::{today, Catalog};
use crate::i18n::offer::OfferStrings;

/// Offers per page of the list.
pub const PAGE: usize = 25;

/// What a list item's "show on the map" button says and does.
pub struct ShowOnMap {
    /// The button's text.
    pub label: &'static str,
    /// Extra classes of the button (`needs-js` where the page is also read without scripts).
    pub class: &'static str,
    /// Called with the offer's position in the catalog.
    pub run: Box<dyn Fn(usize)>,
}

/// The list items rendered so far, and which one is selected.
pub struct OfferItems {
    catalog: RefCell<Arc<Catalog>>,
    strings: &'static OfferStrings,
    show_on_map: RefCell<Option<Rc<ShowOnMap>>>,
    items: RefCell<Vec<(usize, web_sys::HtmlElement)>>,
    selected: Cell<Option<usize>>,
}

impl OfferItems {
    /// No items yet, for the offers of `catalog`.
    pub fn new(catalog: Arc<Catalog>, strings: &'static OfferStrings) -> OfferItems {
        OfferItems {
            catalog: RefCell::new(catalog),
            strings,
            show_on_map: RefCell::new(None),
            items: RefCell::new(Vec::new()),
            selected: Cell::new(None),
        }
    }

    /// Gives every item rendered from now on a "show on the map" button.
    pub fn set_show_on_map(&self, show: ShowOnMap) {
        *self.show_on_map.borrow_mut() = Some(Rc::new(show));
    }

    /// Forgets the items rendered so far (their list is about to be emptied).
    pub fn clear(&self) {
        self.items.borrow_mut().clear();
    }

    /// Renders the offers of `catalog` from now on (the items so far, and the selection, are
    /// forgotten: their positions were into the old one).
    pub fn set_catalog(&self, catalog: Arc<Catalog>) {
        self.clear();
        self.selected.set(None);
        *self.catalog.borrow_mut() = catalog;
    }

    /// Whether offer `i` has an item in the list.
    pub fn has(&self, i: usize) -> bool {
        self.items.borrow().iter().any(|(j, _)| *j == i)
    }

    /// Marks offer `i`'s item as selected (its popup is open).
    pub fn select(&self, i: usize) {
        let previous = self.selected.replace(Some(i));
        for (j, item) in self.items.borrow().iter() {
            if Some(*j) == previous || *j == i {
                let _ = item.class_list().toggle_with_force("selected", *j == i);
            }
        }
    }

    /// One offer: its heading, the distance (`km`, with the words for "km away"), notes,
    /// description, facts and the map button.
    pub fn item(&self, index: usize, distance: Option<(f64, &str)>) -> web_sys::HtmlElement {
        let s = self.strings;
        let catalog = self.catalog.borrow().clone();
        let offer = &catalog.offers[index];
        let li = el("li", "offer-item", None);
        let heading_id = format!("tilbud-{index}");
        attrs(&li, &[("aria-labelledby", &heading_id)]);
        if self.selected.get() == Some(index) {
            let _ = li.class_list().add_1("selected");
        }
        let heading = el("h3", "ds-heading", Some(offer.name()));
        attrs(&heading, &[("data-size", "2xs"), ("id", &heading_id)]);
        data_text(&heading, s);
        add(&li, &heading);
        if let Some((km, km_away)) = distance {
            let p = el("p", "ds-paragraph distance", None);
            add(&p, &el("strong", "", Some(&format_km(km, km_away))));
            add(&li, &p);
        }
        add_details(&li, offer, &catalog, today(), s);
        if let Some(show) = self.show_on_map.borrow().clone() {
            let class = format!("ds-button {}", show.class);
            let button = el("button", class.trim(), Some(show.label));
            attrs(
                &button,
                &[
                    ("type", "button"),
                    ("data-variant", "secondary"),
                    ("data-size", "sm"),
                ],
            );
            on_click(&button, move || (show.run)(index));
            add(&li, &button);
        }
        self.items.borrow_mut().push((index, li.clone()));
        li
    }
}

/// Fills `ul` (emptied first) with the first page of `shown`, and puts a "show more" button
/// (`more_label`, extra classes `more_class`) after it while more remain. A button of an
/// earlier fill right after `ul` is replaced.
pub fn fill_paged(
    items: &Rc<OfferItems>,
    ul: &web_sys::Element,
    shown: Vec<usize>,
    more_label: &'static str,
    more_class: &'static str,
) {
    ul.set_text_content(None);
    items.clear();
    if let Some(old) = ul
        .next_element_sibling()
        .filter(|e| e.tag_name() == "BUTTON")
    {
        old.remove();
    }
    let shown = Rc::new(shown);
    let rendered = Rc::new(Cell::new(0usize));
    // Renders the next page; returns whether more remain and the first new item.
    let next_page = {
        let (items, ul, shown, rendered) = (items.clone(), ul.clone(), shown.clone(), rendered);
        move || {
            let from = rendered.get();
            let to = (from + PAGE).min(shown.len());
            let mut first = None;
            for &i in &shown[from..to] {
                if items.has(i) {
                    continue;
                }
                let li = items.item(i, None);
                first.get_or_insert_with(|| li.clone());
                add(&ul, &li);
            }
            rendered.set(to);
            (to < shown.len(), first)
        }
    };
    let (more, _) = next_page();
    if !more {
        return;
    }
    let class = format!("ds-button {more_class}");
    let button = el("button", class.trim(), Some(more_label));
    attrs(
        &button,
        &[("type", "button"), ("data-variant", "secondary")],
    );
    let button_again = button.clone();
    on_click(&button, move || {
        let (more, first) = next_page();
        // Keyboard and screen reader users continue at the first new offer.
        if let Some(heading) = first.and_then(|li| li.query_selector("h3").ok().flatten()) {
            let _ = heading.set_attribute("tabindex", "-1");
            if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&heading) {
                let _ = h.focus();
            }
        }
        if !more {
            button_again.remove();
        }
    });
    let _ = ul.after_with_node_1(&button);
}

/// The nearest offers (with distances, "`km_away`"), under `heading` and an `intro` (said
/// when a municipality has no offer of its own).
pub fn near_section(
    items: &OfferItems,
    near: &[Near],
    heading: &str,
    intro: Option<&str>,
    km_away: &str,
) -> web_sys::HtmlElement {
    let section = el("section", "finder-list near-list", None);
    attrs(&section, &[("aria-labelledby", "naermeste-overskrift")]);
    if let Some(intro) = intro {
        let p = el("p", "ds-paragraph no-offer", None);
        attrs(&p, &[("role", "status")]);
        add(&p, &el("strong", "", Some(intro)));
        add(&section, &p);
    }
    let h2 = el("h2", "ds-heading", Some(heading));
    attrs(&h2, &[("data-size", "sm"), ("id", "naermeste-overskrift")]);
    add(&section, &h2);
    let ol = el("ol", "offer-list", None);
    for n in near {
        add(&ol, &items.item(n.index, Some((n.km, km_away))));
    }
    add(&section, &ol);
    section
}
