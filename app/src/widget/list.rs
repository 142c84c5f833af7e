//! The widget's list: the map's equal alternative, with every fact the popup has, in pages
//! of [`PAGE`] ("Vis flere" moves focus to the first new offer), and the nearest offers
//! elsewhere when the municipality has none.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use digihjelpen::Near;

use super::Widget;
use crate::components::dom::{add, attrs, el, on_click};
use crate::components::offer_details::{add_details, data_text, format_km};
use crate::data::today;

/// Offers per page of the list.
const PAGE: usize = 25;

/// The list items rendered so far, and which one is selected.
pub(super) struct List {
    with_map: bool,
    items: RefCell<Vec<(usize, web_sys::HtmlElement)>>,
    selected: Cell<Option<usize>>,
}

impl List {
    /// An empty list; `with_map` adds "Vis på kartet" to each item.
    pub fn new(with_map: bool) -> List {
        List {
            with_map,
            items: RefCell::new(Vec::new()),
            selected: Cell::new(None),
        }
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
}

/// One offer, with its heading, distance, notes, description and facts.
fn item(widget: &Rc<Widget>, index: usize, distance: Option<f64>) -> web_sys::HtmlElement {
    let s = widget.strings;
    let offer = &widget.catalog.offers[index];
    let li = el("li", "offer-item", None);
    let heading_id = format!("tilbud-{index}");
    attrs(&li, &[("aria-labelledby", &heading_id)]);
    let heading = el("h3", "ds-heading", Some(offer.name()));
    attrs(&heading, &[("data-size", "2xs"), ("id", &heading_id)]);
    data_text(&heading, s.offer);
    add(&li, &heading);
    if let Some(km) = distance {
        let p = el("p", "ds-paragraph distance", None);
        add(&p, &el("strong", "", Some(&format_km(km, s.km_away))));
        add(&li, &p);
    }
    add_details(&li, offer, &widget.catalog, today(), s.offer);
    if widget.list.with_map {
        let button = el("button", "ds-button", Some(s.show_on_map));
        attrs(
            &button,
            &[
                ("type", "button"),
                ("data-variant", "secondary"),
                ("data-size", "sm"),
            ],
        );
        let w = Rc::downgrade(widget);
        on_click(&button, move || {
            if let Some(w) = w.upgrade() {
                w.show_on_map(index);
            }
        });
        add(&li, &button);
    }
    widget.list.items.borrow_mut().push((index, li.clone()));
    li
}

/// The list of `shown` offers, a page at a time.
pub(super) fn offer_section(widget: &Rc<Widget>, shown: Vec<usize>) -> web_sys::HtmlElement {
    let section = el("section", "finder-list", None);
    attrs(&section, &[("aria-labelledby", "embed-liste")]);
    let heading = el("h2", "ds-sr-only", Some(widget.strings.list_heading));
    attrs(&heading, &[("id", "embed-liste")]);
    add(&section, &heading);
    let ul = el("ul", "offer-list", None);
    add(&section, &ul);
    let shown = Rc::new(shown);
    let rendered = Rc::new(Cell::new(0usize));
    // Renders the next page; returns whether more remain and the first new item.
    let next_page = {
        let (widget, ul, shown, rendered) =
            (widget.clone(), ul.clone(), shown.clone(), rendered.clone());
        move || {
            let from = rendered.get();
            let to = (from + PAGE).min(shown.len());
            let mut first = None;
            for &i in &shown[from..to] {
                let li = item(&widget, i, None);
                first.get_or_insert_with(|| li.clone());
                add(&ul, &li);
            }
            rendered.set(to);
            (to < shown.len(), first)
        }
    };
    let (more, _) = next_page();
    if more {
        let button = el("button", "ds-button", Some(widget.strings.show_more));
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
        add(&section, &button);
    }
    section
}

/// The nearest offers in other municipalities, with distances, after `intro`.
pub(super) fn near_section(
    widget: &Rc<Widget>,
    near: &[Near],
    intro: &str,
) -> web_sys::HtmlElement {
    let section = el("section", "finder-list near-list", None);
    attrs(&section, &[("aria-labelledby", "naermeste-overskrift")]);
    let p = el("p", "ds-paragraph no-offer", None);
    attrs(&p, &[("role", "status")]);
    add(&p, &el("strong", "", Some(intro)));
    add(&section, &p);
    let heading = el("h2", "ds-heading", Some(widget.strings.nearest_heading));
    attrs(
        &heading,
        &[("data-size", "sm"), ("id", "naermeste-overskrift")],
    );
    add(&section, &heading);
    let ol = el("ol", "offer-list", None);
    for n in near {
        add(&ol, &item(widget, n.index, Some(n.km)));
    }
    add(&section, &ol);
    section
}
