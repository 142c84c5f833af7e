//! What a citizen needs to know about an offer, as label/value facts: rendered in the map
//! popup and the widget's list (as DOM nodes, [`add_details`]) and in the site's list (as
//! Leptos views), from one function, so they always say the same. Data text only ever becomes
//! text nodes, never HTML.

use digihjelpen::{Date, Offer, Precision};

use crate::components::dom::{add, attrs, el};
use crate::data::Catalog;
use crate::i18n::offer::OfferStrings;

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
pub fn facts(offer: &Offer, catalog: &Catalog, today: Date, s: &OfferStrings) -> Vec<Fact> {
    let mut out = Vec::new();
    if let Some(m) = catalog.registry.municipality(offer.municipality()) {
        out.push(text(s.d_municipality, m.name()));
    }
    let venue = offer.venue();
    let mut place = vec![venue.kind().label(s.locale).to_owned()];
    place.extend(venue.name().map(str::to_owned));
    place.extend(venue.address().map(str::to_owned));
    out.push(text(s.d_venue, place.join(", ")));
    if let Some(org) = offer.organisation() {
        out.push(text(s.d_organisation, org.label(s.locale)));
    }
    if !offer.formats().is_empty() {
        out.push(text(
            s.d_formats,
            join(offer.formats(), |f| f.label(s.locale).to_owned()),
        ));
    }
    if !offer.target_groups().is_empty() {
        out.push(text(
            s.d_target_groups,
            join(offer.target_groups(), |t| t.label(s.locale).to_owned()),
        ));
    }
    let hours = offer.opening_hours().map(|h| {
        let mut parts: Vec<String> = h
            .slots()
            .iter()
            .map(|slot| {
                format!(
                    "{} {}–{}",
                    slot.day().label(s.locale),
                    slot.from(),
                    slot.to()
                )
            })
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
            join(offer.languages(), |l| l.label(s.locale).to_owned()),
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
pub fn notes(offer: &Offer, s: &OfferStrings) -> Vec<&'static str> {
    let mut notes = Vec::new();
    if offer.is_illustrative() {
        notes.push(s.illustrative);
    }
    if offer.position().1 == Precision::Municipality {
        notes.push(s.approximate);
    }
    notes
}

/// Appends what is said about `offer` under its heading: the notes, the description and the
/// facts (as `<dl class="offer-facts">`).
pub fn add_details(
    parent: &web_sys::Element,
    offer: &Offer,
    catalog: &Catalog,
    today: Date,
    s: &OfferStrings,
) {
    let paragraph = |class: &str, text: &str| {
        let p = el("p", class, Some(text));
        attrs(&p, &[("data-size", "sm")]);
        add(parent, &p);
        p
    };
    for note in notes(offer, s) {
        paragraph("ds-paragraph offer-note", note);
    }
    if let Some(d) = offer.description() {
        data_text(&paragraph("ds-paragraph", d), s);
    }
    let dl = el("dl", "offer-facts", None);
    for fact in facts(offer, catalog, today, s) {
        add(&dl, &el("dt", "", Some(fact.label)));
        let dd = el("dd", "", None);
        match &fact.value {
            Value::Text(t) => dd.set_text_content(Some(t)),
            Value::Link { href, text } => {
                let a = el("a", "", Some(text));
                attrs(&a, &[("href", href)]);
                add(&dd, &a);
            }
        }
        add(&dl, &dd);
    }
    add(parent, &dl);
}

/// "12,3 km unna": one decimal below 10 km, whole km above, in Norwegian number format
/// (integer arithmetic: no float formatting code in the widget's bundle).
pub fn format_km(km: f64, km_away: &str) -> String {
    if km < 10.0 {
        let tenths = (km * 10.0).round() as u64;
        format!("{},{} {km_away}", tenths / 10, tenths % 10)
    } else {
        format!("{} {km_away}", km.round() as u64)
    }
}

/// Marks an element that holds the data's own words (an offer's name or description, written
/// in Norwegian by the municipality) as Norwegian when the interface is in English, so that
/// screen readers pronounce it right (WCAG 3.1.2).
pub fn data_text(e: &web_sys::Element, s: &OfferStrings) {
    if s.locale == digihjelpen::Locale::En {
        attrs(e, &[("lang", "no")]);
    }
}

/// The popup's content as DOM nodes.
pub fn popup_element(
    offer: &Offer,
    catalog: &Catalog,
    today: Date,
    s: &OfferStrings,
) -> web_sys::HtmlElement {
    let root = el("div", "offer-popup", None);
    let heading = el("h2", "offer-popup-title", Some(offer.name()));
    data_text(&heading, s);
    add(&root, &heading);
    add_details(&root, offer, catalog, today, s);
    root
}
