//! Validation by the domain crate's own parser ([`digihjelpen::parse_offers`]): the entry is
//! wrapped as a one-offer `tilbud.json`, and every problem's JSON path is mapped to the form
//! field it belongs to.

use digihjelpen::{Date, Offer, ProblemKind, Registry};
use serde_json::{json, Value};

use crate::i18n::update::UpdateStrings;

/// A problem shown at a field and in the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The `id` of the element to focus.
    pub field: String,
    /// The field's label, for the summary.
    pub label: String,
    /// What is wrong.
    pub message: String,
}

/// Validates the entry with the domain crate: the parsed offer, or every problem at its field.
pub fn validate(
    entry: &Value,
    registry: &Registry,
    today: Date,
    s: &UpdateStrings,
) -> Result<Offer, Vec<FieldError>> {
    let file = json!({ "tilbud": [entry] }).to_string();
    match digihjelpen::parse_offers(&file, registry, today) {
        Ok(mut offers) if offers.len() == 1 => Ok(offers.remove(0)),
        Ok(_) => Err(Vec::new()),
        Err(e) => Err(e
            .problems()
            .map(|p| {
                let path = p.path().strip_prefix("tilbud[0]").unwrap_or(p.path());
                let (field, label) = field_of(path.trim_start_matches('.'), s);
                let message = match p.kind() {
                    ProblemKind::Missing => format!("{label} {}", s.missing),
                    ProblemKind::EmptyList => s.choose_one.to_owned(),
                    kind => kind.to_string(),
                };
                FieldError {
                    field,
                    label,
                    message,
                }
            })
            .collect()),
    }
}

/// The form field (element id, label) a JSON path (after `tilbud[0].`) belongs to.
pub fn field_of(path: &str, s: &UpdateStrings) -> (String, String) {
    if let Some(rest) = path.strip_prefix("apningstider.tider[") {
        let (n, part) = rest.split_once(']').unwrap_or((rest, ""));
        let i: usize = n.parse().unwrap_or(0);
        let (part, name) = match part.trim_start_matches('.') {
            "fra" => ("fra", s.from),
            "til" => ("til", s.to),
            _ => ("dag", s.day),
        };
        return (
            format!("f-tid-{i}-{part}"),
            format!("{} {}: {}", s.slot, i + 1, name.to_lowercase()),
        );
    }
    let table: &[(&str, &str, &str)] = &[
        ("id", "f-id", s.id),
        ("kommune", "f-kommune", s.municipality),
        ("navn", "f-navn", s.name),
        ("beskrivelse", "f-beskrivelse", s.description),
        ("sted.type", "f-sted-type", s.venue_kind),
        ("sted.navn", "f-sted-navn", s.venue_name),
        ("sted.adresse", "f-adresse", s.address),
        ("sted.posisjon.lon", "f-lon", s.lon),
        ("sted.posisjon", "f-lat", s.lat),
        ("organisering", "f-organisering", s.organisation),
        ("temaer", "f-temaer", s.topics),
        ("former", "f-former", s.formats),
        ("malgrupper", "f-malgrupper", s.target_groups),
        ("sprak", "f-andre-sprak", s.other_languages),
        ("forankring", "f-forankring", s.anchoring),
        ("utfort_av", "f-utfort-av", s.delivered_by),
        ("bemanning", "f-bemanning", s.staffing),
        ("partnere", "f-partnere", s.partners),
        ("apningstider.merknad", "f-merknad", s.hours_note),
        ("apningstider", "f-etter-avtale", s.slots),
        ("ta_med_egen_enhet", "f-egen-enhet", s.own_device),
        ("tilgjengelighet.teleslynge", "f-teleslynge", s.hearing_loop),
        ("tilgjengelighet", "f-trinnfri", s.step_free),
        ("kontakt.telefon", "f-telefon", s.phone),
        ("kontakt.epost", "f-epost", s.email),
        ("kontakt.nettside", "f-nettside", s.web),
        ("kilde", "f-kilde", s.source),
    ];
    table
        .iter()
        .find(|(p, _, _)| {
            path == *p || path.starts_with(&format!("{p}.")) || path.starts_with(&format!("{p}["))
        })
        .map(|(_, f, l)| ((*f).to_owned(), (*l).to_owned()))
        .unwrap_or_else(|| ("f-kommune".to_owned(), s.municipality.to_owned()))
}
