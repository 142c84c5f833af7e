//! `innstillinger.json`: the bundled file parses with no address set, and every bad field is
//! named with its value.

use digihjelpen::settings::{parse_settings, DEFAULT_TILE_URL};

const BUNDLED: &str = include_str!("../../../public/data/innstillinger.json");

#[test]
fn the_bundled_settings_set_no_address() {
    let s = parse_settings(BUNDLED).unwrap();
    assert_eq!(s.editors_email(), None);
    assert_eq!(s.site(), None);
    assert!(s.contact().contains("redaksjonen"));
    assert_eq!(s.tiles().url(), DEFAULT_TILE_URL);
    assert_eq!(s.tiles().attribution(), "© Kartverket");
    assert_eq!(s.tile_host(), "https://cache.kartverket.no");
}

#[test]
fn a_full_file_parses() {
    let s = parse_settings(
        r#"{
            "redaksjonen_epost": "redaksjonen@example.no",
            "kontakt": "Redaksjonen",
            "kartfliser": {"url": "https://fliser.example.no/{z}/{x}/{y}.png", "kreditering": "© Eksempel"},
            "nettsted": "https://digihjelpen.example.no"
        }"#,
    )
    .unwrap();
    assert_eq!(s.editors_email(), Some("redaksjonen@example.no"));
    assert_eq!(s.site(), Some("https://digihjelpen.example.no"));
    assert_eq!(s.tile_host(), "https://fliser.example.no");
    assert_eq!(s.tiles().attribution(), "© Eksempel");
}

#[test]
fn every_problem_names_its_field_and_value() {
    let err = parse_settings(
        r#"{
            "redaksjonen_epost": "ola@",
            "kontakt": "",
            "kartfliser": {"url": "https://fliser.example.no/kart.png", "kreditering": "<b>x</b>"},
            "nettsted": "http://digihjelpen.example.no",
            "epost": "x"
        }"#,
    )
    .unwrap_err();
    let lines: Vec<String> = err.problems().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "epost: ukjent felt (skrivefeil?)",
            "redaksjonen_epost: \"ola@\" er ikke en gyldig e-postadresse",
            "kontakt: kan ikke være tom",
            "nettsted: \"http://digihjelpen.example.no\" må begynne med https://",
            "kartfliser.url: \"https://fliser.example.no/kart.png\" er ikke en adresse til kartfliser (den må ha {z}, {x} og {y})",
            "kartfliser.kreditering: \"<b>x</b>\" inneholder HTML, som ikke er tillatt i tekstfelt",
        ]
    );
    assert_eq!(
        parse_settings("{}").unwrap_err().to_string(),
        "kontakt: mangler (feltet er påkrevd)"
    );
    assert!(parse_settings("[]").is_err());
    assert!(parse_settings("{").unwrap_err().is_syntax());
}
