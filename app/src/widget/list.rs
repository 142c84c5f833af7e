//! The widget's list: the map's equal alternative (the shared
//! [`offer_items`](crate::components::offer_items), in pages), and the nearest offers
//! elsewhere when the municipality has none.

use std::rc::Rc;
use std::sync::Arc;

use digihjelpen::Near;

use super::Widget;
use crate::components::dom::{add, attrs, el};
use crate::components::offer_items::{fill_paged, near_section, OfferItems, ShowOnMap};
use crate::data::Catalog;
use crate::i18n::embed::EmbedStrings;

/// The list items of `widget` (being made: it cannot be used yet), with "Vis på kartet" on
/// each when the widget has a map.
pub(super) fn items(
    widget: &std::rc::Weak<Widget>,
    catalog: &Arc<Catalog>,
    strings: &'static EmbedStrings,
    with_map: bool,
) -> Rc<OfferItems> {
    let items = Rc::new(OfferItems::new(catalog.clone(), strings.offer));
    if with_map {
        let widget = widget.clone();
        items.set_show_on_map(ShowOnMap {
            label: strings.show_on_map,
            class: "needs-js",
            run: Box::new(move |i| {
                if let Some(w) = widget.upgrade() {
                    w.show_on_map(i);
                }
            }),
        });
    }
    items
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
    fill_paged(
        &widget.list,
        &ul,
        shown,
        widget.strings.show_more,
        "needs-js",
    );
    section
}

/// The nearest offers in other municipalities, with distances, after `intro`.
pub(super) fn near(widget: &Rc<Widget>, near: &[Near], intro: &str) -> web_sys::HtmlElement {
    let s = widget.strings;
    near_section(
        &widget.list,
        near,
        s.nearest_heading,
        Some(intro),
        s.km_away,
    )
}
