//! The change log (`endringer.json`) and the field-by-field difference of two offers.

mod common;

use digihjelpen::changelog::{diff, parse_changelog, Change, ChangeKind, ChangeLog, FIELDS};
use digihjelpen::{parse_offers, Offer};
use serde_json::json;

fn offer(value: serde_json::Value) -> Offer {
    let file = common::file_of(&[value]);
    parse_offers(&file, &common::registry(), common::today())
        .unwrap()
        .remove(0)
}

/// An offer with every field of the format set (test data; contact details are examples).
fn full() -> serde_json::Value {
    json!({
        "id": "levanger-test", "kommune": "5037", "navn": "Digital hjelp i Levanger",
        "beskrivelse": "Testdata.",
        "sted": {"type": "bibliotek", "navn": "Biblioteket", "adresse": "Eksempelgata 1",
                 "posisjon": {"lat": 63.746, "lon": 11.299}},
        "organisering": "fast", "temaer": ["generelt"], "former": ["drop-in"],
        "malgrupper": ["eldre"], "sprak": ["nb"], "forankring": "Biblioteket",
        "utfort_av": "kombinasjon", "bemanning": "0.5-1", "partnere": ["nav"],
        "apningstider": {"tider": [{"dag": "mandag", "fra": "10:00", "til": "14:00"}],
                         "etter_avtale": true, "merknad": "Stengt i juli."},
        "ta_med_egen_enhet": true,
        "tilgjengelighet": {"trinnfri_adkomst": true, "teleslynge": false},
        "kontakt": {"telefon": "+47 12 34 56 78", "epost": "post@example.no",
                    "nettside": "https://example.no/digihjelp"},
        "sist_verifisert": "2026-10-01", "kilde": "Testdata", "illustrativ": true
    })
}

#[test]
fn a_new_offer_lists_every_field_it_has_and_fields_covers_the_format() {
    let d = diff(None, &offer(full()));
    let fields: Vec<&str> = d.changed.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(
        fields, FIELDS,
        "FIELDS names every field of tilbud.json, in its order"
    );
    assert_eq!(d.unchanged, 0);
    assert_eq!(
        d.changed[2].to_string(),
        "+ navn: \"Digital hjelp i Levanger\""
    );
}

#[test]
fn a_changed_offer_lists_what_changed_was_added_and_was_removed() {
    let old = offer(full());
    let mut v = full();
    v["navn"] = "Digihjelp på biblioteket".into();
    v["former"] = json!(["drop-in", "gruppekurs"]);
    v["kontakt"] = json!({"epost": "post@example.no"});
    v["sted"]["posisjon"] = json!({"lat": 63.75, "lon": 11.3});
    v.as_object_mut().unwrap().remove("beskrivelse");
    let new = offer(v);
    let d = diff(Some(&old), &new);
    let lines: Vec<String> = d.changed.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "navn: \"Digital hjelp i Levanger\" → \"Digihjelp på biblioteket\"",
            "- beskrivelse: \"Testdata.\"",
            "sted.posisjon: {\"lat\":63.746,\"lon\":11.299} → {\"lat\":63.75,\"lon\":11.3}",
            "former: [\"drop-in\"] → [\"drop-in\",\"gruppekurs\"]",
            "- kontakt.telefon: \"12 34 56 78\"",
            "- kontakt.nettside: \"https://example.no/digihjelp\"",
        ]
    );
    assert_eq!(d.unchanged, FIELDS.len() - 6);
    let change = Change::new(common::today(), &new, Some(&old), &d).unwrap();
    assert_eq!(change.kind(), ChangeKind::Changed);
    assert_eq!(change.fields().len(), 6);
    // The same offer again changes nothing, and makes no entry.
    let same = diff(Some(&new), &new);
    assert!(same.is_empty());
    assert_eq!(Change::new(common::today(), &new, Some(&new), &same), None);
}

#[test]
fn the_log_round_trips_and_the_bundled_one_parses() {
    let registry = common::registry();
    let today = common::today();
    let new = offer(full());
    let mut log = ChangeLog::default();
    log.push(Change::new(today, &new, None, &diff(None, &new)).unwrap());
    let text = log.to_json();
    assert!(text.starts_with("{\n  \"endringer\": [\n    {\"dato\":\"2026-11-22\",\"id\":\"levanger-test\",\"kommune\":\"5037\",\"type\":\"ny\",\"felt\":[\"id\","));
    assert_eq!(parse_changelog(&text, &registry, today).unwrap(), log);
    let latest: Vec<&str> = log.latest(5).map(|c| c.id().as_str()).collect();
    assert_eq!(latest, ["levanger-test"]);
    let bundled = include_str!("../../../public/data/endringer.json");
    let parsed = parse_changelog(bundled, &registry, today).unwrap();
    assert_eq!(
        parsed.to_json(),
        bundled,
        "the bundled log is written as the CLI writes it"
    );
}

#[test]
fn every_problem_of_a_log_is_named() {
    let text = r#"{"endringer": [
        {"dato": "2026-11-20", "id": "a", "kommune": "5037", "type": "ny", "felt": ["epost"]},
        {"dato": "2026-11-01", "id": "B", "kommune": "9999", "type": "slettet", "felt": []},
        {"dato": "2027-01-01", "id": "c", "kommune": "5037", "type": "endret", "felt": ["navn", "navn"], "hvem": "x"}
    ]}"#;
    let err = parse_changelog(text, &common::registry(), common::today()).unwrap_err();
    let lines: Vec<String> = err.problems().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 9, "{lines:#?}");
    assert!(lines[0].starts_with("endringer[0].felt[0]: \"epost\" er ikke en gyldig verdi (gyldige verdier: id, kommune, navn,"));
    assert_eq!(
        &lines[1..],
        [
            "endringer[1].dato: 2026-11-01 er før datoen over (2026-11-20); nye endringer føres nederst",
            "endringer[1].id: \"B\" er ikke en gyldig id (bare a–z, 0–9 og bindestrek)",
            "endringer[1].kommune: \"9999\" er ikke et kjent kommunenummer (2024-nummerering)",
            "endringer[1].type: \"slettet\" er ikke en gyldig verdi (gyldige verdier: ny, endret)",
            "endringer[1].felt: må ha minst én verdi",
            "endringer[2].hvem: ukjent felt (skrivefeil?)",
            "endringer[2].dato: 2027-01-01 er etter dagens dato (2026-11-22)",
            "endringer[2].felt[1]: \"navn\" står flere ganger",
        ]
    );
}
