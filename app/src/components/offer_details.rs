//! What a citizen needs to know about an offer, as label/value facts: rendered both in the map
//! popup (as DOM nodes) and in the list (as Leptos views), from one function, so the two
//! always say the same. Data text only ever becomes text nodes, never HTML.

use digihjelpen::{Date, Offer, Precision};
use wasm_bindgen::JsCast;

use crate::data::Catalog;
use crate::i18n::map::map_strings;

/// A fact's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Plain text.
    Text(String),
    /// A link (`tel:`, `mailto:` or `https:`).
    Link {
        /// The target.
        href: String,
        /// The visible text.
        text: String,
    },
}

/// One labelled fact about an offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// The label, e.g. "Telefon".
    pub label: &'static str,
    /// The value.
    pub value: Value,
}

fn text(label: &'static str, value: impl Into<String>) -> Fact {
    Fact {
        label,
        value: Value::Text(value.into()),
    }
}

fn join<T>(items: &[T], label: impl Fn(&T) -> String) -> String {
    items.iter().map(label).collect::<Vec<_>>().join(", ")
}

/// The facts about `offer`, in the order a citizen needs them.
pub fn facts(offer: &Offer, catalog: &Catalog, today: Date) -> Vec<Fact> {
    let s = map_strings();
    let mut out = Vec::new();
    if let Some(m) = catalog.registry.municipality(offer.municipality()) {
        out.push(text(s.d_municipality, m.name()));
    }
    let venue = offer.venue();
    let mut place = vec![venue.kind().label_nb().to_owned()];
    place.extend(venue.name().map(str::to_owned));
    place.extend(venue.address().map(str::to_owned));
    out.push(text(s.d_venue, place.join(", ")));
    if let Some(org) = offer.organisation() {
        out.push(text(s.d_organisation, org.label_nb()));
    }
    if !offer.formats().is_empty() {
        out.push(text(
            s.d_formats,
            join(offer.formats(), |f| f.label_nb().to_owned()),
        ));
    }
    if !offer.target_groups().is_empty() {
        out.push(text(
            s.d_target_groups,
            join(offer.target_groups(), |t| t.label_nb().to_owned()),
        ));
    }
    let hours = offer.opening_hours().map(|h| {
        let mut parts: Vec<String> = h
            .slots()
            .iter()
            .map(|slot| format!("{} {}–{}", slot.day().label_nb(), slot.from(), slot.to()))
            .collect();
        if h.by_appointment() {
            parts.push(s.by_appointment.to_owned());
        }
        parts.extend(h.note().map(str::to_owned));
        parts.join("; ")
    });
    out.push(text(
        s.d_hours,
        hours
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| s.not_given.to_owned()),
    ));
    if !offer.languages().is_empty() {
        out.push(text(
            s.d_languages,
            join(offer.languages(), |l| l.label_nb().to_owned()),
        ));
    }
    let access = offer.accessibility();
    let mut access_parts = Vec::new();
    match access.step_free() {
        Some(true) => access_parts.push(s.step_free_yes),
        Some(false) => access_parts.push(s.step_free_no),
        None => {}
    }
    match access.hearing_loop() {
        Some(true) => access_parts.push(s.hearing_loop_yes),
        Some(false) => access_parts.push(s.hearing_loop_no),
        None => {}
    }
    out.push(text(
        s.d_access,
        if access_parts.is_empty() {
            s.not_given.to_owned()
        } else {
            access_parts.join(", ")
        },
    ));
    let contact = offer.contact();
    if let Some(phone) = contact.phone() {
        out.push(Fact {
            label: s.d_phone,
            value: Value::Link {
                href: phone.tel_uri(),
                text: phone.to_string(),
            },
        });
    }
    if let Some(email) = contact.email() {
        out.push(Fact {
            label: s.d_email,
            value: Value::Link {
                href: email.mailto(),
                text: email.as_str().to_owned(),
            },
        });
    }
    if let Some(web) = contact.web() {
        out.push(Fact {
            label: s.d_web,
            value: Value::Link {
                href: web.as_str().to_owned(),
                text: web.host().to_owned(),
            },
        });
    }
    let mut verified = offer.last_verified().to_string();
    if offer.is_stale(today) {
        verified = format!("{verified} ({})", s.stale);
    }
    out.push(text(s.d_verified, verified));
    out
}

/// Notes shown above the facts: approximate position, example data.
pub fn notes(offer: &Offer) -> Vec<&'static str> {
    let mut notes = Vec::new();
    if offer.is_illustrative() {
        notes.push(map_strings().illustrative);
    }
    if offer.position().1 == Precision::Municipality {
        notes.push(map_strings().approximate);
    }
    notes
}

fn el(doc: &web_sys::Document, tag: &str, class: &str, content: Option<&str>) -> web_sys::Element {
    let e = doc
        .create_element(tag)
        .expect("creating an element cannot fail");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(t) = content {
        e.set_text_content(Some(t));
    }
    e
}

/// The popup's content as DOM nodes (text nodes only: data text never becomes HTML).
pub fn popup_element(offer: &Offer, catalog: &Catalog, today: Date) -> web_sys::HtmlElement {
    let doc = leptos::prelude::document();
    let root = el(&doc, "div", "offer-popup", None);
    let heading = el(&doc, "h2", "offer-popup-title", Some(offer.name()));
    let _ = root.append_child(&heading);
    for note in notes(offer) {
        let _ = root.append_child(&el(&doc, "p", "offer-note", Some(note)));
    }
    if let Some(d) = offer.description() {
        let _ = root.append_child(&el(&doc, "p", "", Some(d)));
    }
    let dl = el(&doc, "dl", "offer-facts", None);
    for fact in facts(offer, catalog, today) {
        let _ = dl.append_child(&el(&doc, "dt", "", Some(fact.label)));
        let dd = el(&doc, "dd", "", None);
        match &fact.value {
            Value::Text(t) => dd.set_text_content(Some(t)),
            Value::Link { href, text } => {
                let a = el(&doc, "a", "", Some(text));
                let _ = a.set_attribute("href", href);
                let _ = dd.append_child(&a);
            }
        }
        let _ = dl.append_child(&dd);
    }
    let _ = root.append_child(&dl);
    root.unchecked_into()
}
