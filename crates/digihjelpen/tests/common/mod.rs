//! Shared helpers for the integration tests.
#![allow(dead_code)]

use digihjelpen::{Date, Registry};

pub const KOMMUNER: &str = include_str!("../../../../public/data/kommuner.json");
pub const TILBUD: &str = include_str!("../../../../public/data/tilbud.json");
pub const POSTNUMMER: &str = include_str!("../../../../public/data/postnummer.json");

pub fn registry() -> Registry {
    Registry::from_json(KOMMUNER).expect("bundled kommuner.json parses")
}

pub fn today() -> Date {
    Date::from_ymd(2026, 11, 22).unwrap()
}

/// A valid offer as JSON, to be modified by tests.
pub fn valid_offer() -> serde_json::Value {
    serde_json::json!({
        "id": "levanger-test",
        "kommune": "5037",
        "navn": "Digital hjelp i Levanger",
        "sted": {"type": "bibliotek", "posisjon": {"lat": 63.746, "lon": 11.299}},
        "malgrupper": ["eldre"],
        "sprak": ["nb"],
        "kontakt": {"telefon": "74 05 20 00", "epost": "post@example.no", "nettside": "https://example.no/digihjelp"},
        "apningstider": {"tider": [{"dag": "mandag", "fra": "10:00", "til": "14:00"}]},
        "sist_verifisert": "2026-10-01"
    })
}

/// `{"tilbud": [offer]}` as text.
pub fn file_of(offers: &[serde_json::Value]) -> String {
    serde_json::json!({ "tilbud": offers }).to_string()
}
