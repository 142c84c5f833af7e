//! Exact error messages for bad input, through the public API.

mod common;

use common::{file_of, registry, today, valid_offer};
use digihjelpen::{parse_offers, DataError, ProblemKind, Registry};
use serde_json::{json, Value};

/// Parses one offer after `edit` and returns the messages.
fn offer_errors(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut offer = valid_offer();
    edit(&mut offer);
    messages(parse_offers(&file_of(&[offer]), &registry(), today()).map(|_| ()))
}

fn messages(result: Result<(), DataError>) -> Vec<String> {
    match result {
        Ok(()) => Vec::new(),
        Err(e) => e.problems().map(ToString::to_string).collect(),
    }
}

fn one(edit: impl FnOnce(&mut Value)) -> String {
    let errors = offer_errors(edit);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn valid_offer_is_valid() {
    assert_eq!(offer_errors(|_| {}), Vec::<String>::new());
}

#[test]
fn bad_municipality_number_format() {
    assert_eq!(
        one(|o| o["kommune"] = json!("503")),
        r#"tilbud[0].kommune: "503" er ikke et kommunenummer (fire sifre, f.eks. "0301")"#
    );
}

#[test]
fn unknown_municipality() {
    assert_eq!(
        one(|o| o["kommune"] = json!("1507")),
        r#"tilbud[0].kommune: "1507" er ikke et kjent kommunenummer (2024-nummerering)"#
    );
}

#[test]
fn duplicate_id() {
    let a = valid_offer();
    let b = valid_offer();
    let errors = messages(parse_offers(&file_of(&[a, b]), &registry(), today()).map(|_| ()));
    assert_eq!(
        errors,
        [r#"tilbud[1].id: id "levanger-test" er brukt før (id-er må være unike)"#]
    );
}

#[test]
fn bad_id() {
    assert_eq!(
        one(|o| o["id"] = json!("Levanger Test")),
        r#"tilbud[0].id: "Levanger Test" er ikke en gyldig id (bare a–z, 0–9 og bindestrek)"#
    );
}

#[test]
fn empty_name() {
    assert_eq!(
        one(|o| o["navn"] = json!("   ")),
        "tilbud[0].navn: kan ikke være tom"
    );
}

#[test]
fn html_in_name() {
    assert_eq!(
        one(|o| o["navn"] = json!("<b>Digihjelp</b>")),
        r#"tilbud[0].navn: "<b>Digihjelp</b>" inneholder HTML, som ikke er tillatt i tekstfelt"#
    );
}

#[test]
fn html_entity_in_description() {
    assert_eq!(
        one(|o| o["beskrivelse"] = json!("Se &lt;her&gt;")),
        r#"tilbud[0].beskrivelse: "Se &lt;her&gt;" inneholder HTML, som ikke er tillatt i tekstfelt"#
    );
}

#[test]
fn javascript_url() {
    assert_eq!(
        one(|o| o["kontakt"]["nettside"] = json!("javascript:alert(1)")),
        r#"tilbud[0].kontakt.nettside: "javascript:alert(1)" er ikke tillatt (bare https-lenker er lov)"#
    );
}

#[test]
fn javascript_url_with_whitespace_and_case() {
    assert_eq!(
        one(|o| o["kontakt"]["nettside"] = json!(" JavaScript:alert(1)")),
        r#"tilbud[0].kontakt.nettside: " JavaScript:alert(1)" er ikke tillatt (bare https-lenker er lov)"#
    );
}

#[test]
fn data_url() {
    assert_eq!(
        one(|o| o["kontakt"]["nettside"] = json!("data:text/html,<script>")),
        r#"tilbud[0].kontakt.nettside: "data:text/html,<script>" er ikke tillatt (bare https-lenker er lov)"#
    );
}

#[test]
fn http_url() {
    assert_eq!(
        one(|o| o["kontakt"]["nettside"] = json!("http://example.no")),
        r#"tilbud[0].kontakt.nettside: "http://example.no" må begynne med https://"#
    );
}

#[test]
fn malformed_url() {
    assert_eq!(
        one(|o| o["kontakt"]["nettside"] = json!("https://bruker@example")),
        r#"tilbud[0].kontakt.nettside: "https://bruker@example" er ikke en gyldig nettadresse"#
    );
}

#[test]
fn bad_email() {
    assert_eq!(
        one(|o| o["kontakt"]["epost"] = json!("ola@")),
        r#"tilbud[0].kontakt.epost: "ola@" er ikke en gyldig e-postadresse"#
    );
}

#[test]
fn bad_phone() {
    assert_eq!(
        one(|o| o["kontakt"]["telefon"] = json!("12 34")),
        r#"tilbud[0].kontakt.telefon: "12 34" er ikke et gyldig telefonnummer (åtte sifre, eller + og landskode)"#
    );
}

#[test]
fn position_outside_norway() {
    assert_eq!(
        one(|o| o["sted"]["posisjon"] = json!({"lat": 55.6761, "lon": 12.5683})),
        "tilbud[0].sted.posisjon: posisjonen (55.6761, 12.5683) ligger utenfor Norge"
    );
}

#[test]
fn position_far_from_municipality() {
    // Oslo is 417 km from Levanger's point; Levanger's radius is 24 km, plus 10 km slack.
    let msg = one(|o| o["sted"]["posisjon"] = json!({"lat": 59.9139, "lon": 10.7522}));
    assert_eq!(
        msg,
        "tilbud[0].sted.posisjon: posisjonen ligger 417 km fra Levanger (grensen er 34 km)"
    );
}

#[test]
fn future_date() {
    assert_eq!(
        one(|o| o["sist_verifisert"] = json!("2027-01-01")),
        "tilbud[0].sist_verifisert: 2027-01-01 er etter dagens dato (2026-11-22)"
    );
}

#[test]
fn bad_date() {
    assert_eq!(
        one(|o| o["sist_verifisert"] = json!("2026-02-30")),
        r#"tilbud[0].sist_verifisert: "2026-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"#
    );
}

#[test]
fn unknown_target_group() {
    assert_eq!(
        one(|o| o["malgrupper"] = json!(["eldre", "pensjonister"])),
        r#"tilbud[0].malgrupper[1]: "pensjonister" er ikke en gyldig verdi (gyldige verdier: eldre, innvandrere, utenfor-arbeidslivet, funksjonsnedsettelse, unge-forstegangsbrukere, voksne-i-arbeid, alle)"#
    );
}

#[test]
fn unknown_format() {
    assert_eq!(
        one(|o| o["former"] = json!(["kafe"])),
        r#"tilbud[0].former[0]: "kafe" er ikke en gyldig verdi (gyldige verdier: drop-in, timebestilling, en-til-en, gruppekurs, telefon, chat, nettkurs, skriftlige-veiledere, hjemmebesok)"#
    );
}

#[test]
fn unknown_venue_kind() {
    assert_eq!(
        one(|o| o["sted"]["type"] = json!("kafe")),
        r#"tilbud[0].sted.type: "kafe" er ikke en gyldig verdi (gyldige verdier: bibliotek, servicetorg, frivilligsentral, skole, seniorsenter, annet)"#
    );
}

#[test]
fn unknown_language() {
    assert_eq!(
        one(|o| o["sprak"] = json!(["nb", "norsk"])),
        r#"tilbud[0].sprak[1]: "norsk" er ikke en kjent språkkode (ISO 639)"#
    );
}

#[test]
fn duplicate_value_in_list() {
    assert_eq!(
        one(|o| o["malgrupper"] = json!(["eldre", "eldre"])),
        r#"tilbud[0].malgrupper[1]: "eldre" står flere ganger"#
    );
}

#[test]
fn empty_target_groups() {
    assert_eq!(
        one(|o| o["malgrupper"] = json!([])),
        "tilbud[0].malgrupper: må ha minst én verdi"
    );
}

#[test]
fn bad_time_range() {
    assert_eq!(
        one(|o| o["apningstider"]["tider"][0]["til"] = json!("09:00")),
        "tilbud[0].apningstider.tider[0].til: sluttid 09:00 må være etter starttid 10:00"
    );
}

#[test]
fn bad_time() {
    assert_eq!(
        one(|o| o["apningstider"]["tider"][0]["fra"] = json!("25:00")),
        r#"tilbud[0].apningstider.tider[0].fra: "25:00" er ikke et gyldig klokkeslett (TT:MM)"#
    );
}

#[test]
fn missing_required_field() {
    assert_eq!(
        one(|o| {
            o.as_object_mut().unwrap().remove("navn");
        }),
        "tilbud[0].navn: mangler (feltet er påkrevd)"
    );
}

#[test]
fn wrong_type() {
    assert_eq!(
        one(|o| o["navn"] = json!(42)),
        "tilbud[0].navn: skal være tekst, men er et tall"
    );
    assert_eq!(
        one(|o| o["malgrupper"] = json!("eldre")),
        "tilbud[0].malgrupper: skal være en liste, men er tekst"
    );
}

#[test]
fn unknown_field() {
    assert_eq!(
        one(|o| o["epots"] = json!("x")),
        "tilbud[0].epots: ukjent felt (skrivefeil?)"
    );
}

#[test]
fn json_syntax_error_has_line_and_column() {
    let err = parse_offers(
        "{\n  \"tilbud\": [\n    {\"id\": \"a\",}\n  ]\n}",
        &registry(),
        today(),
    )
    .unwrap_err();
    assert!(err.is_syntax());
    assert_eq!(
        err.to_string(),
        "linje 3, kolonne 16: ugyldig JSON (komma foran avsluttende parentes)"
    );
    assert!(matches!(
        err.problems().next().unwrap().kind(),
        ProblemKind::Syntax {
            line: 3,
            column: 16,
            ..
        }
    ));
}

#[test]
fn truncated_json() {
    let err = parse_offers("{\"tilbud\": [", &registry(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "linje 1, kolonne 12: ugyldig JSON (filen slutter for tidlig)"
    );
}

#[test]
fn missing_top_level_list() {
    let err = parse_offers("{\"tilbudd\": []}", &registry(), today()).unwrap_err();
    assert_eq!(err.to_string(), "tilbud: mangler (feltet er påkrevd)");
    let err = parse_offers("[]", &registry(), today()).unwrap_err();
    assert_eq!(err.to_string(), "skal være et objekt, men er en liste");
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut a = valid_offer();
    a["kontakt"]["epost"] = json!("ola@");
    a["kontakt"]["nettside"] = json!("http://x.no");
    let mut b = valid_offer();
    b["id"] = json!("b");
    b["kommune"] = json!("9999");
    b["malgrupper"] = json!([]);
    let err = parse_offers(&file_of(&[a, b]), &registry(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        [
            r#"tilbud[0].kontakt.epost: "ola@" er ikke en gyldig e-postadresse"#,
            r#"tilbud[0].kontakt.nettside: "http://x.no" må begynne med https://"#,
            r#"tilbud[1].kommune: "9999" er ikke et kjent kommunenummer (2024-nummerering)"#,
            "tilbud[1].malgrupper: må ha minst én verdi",
        ]
        .join("\n")
    );
}

#[test]
fn duplicate_municipality_in_registry() {
    let json = r#"{"fylker": [{"nummer": "50", "navn": "Trøndelag"}], "kommuner": [
        {"nummer": "5037", "navn": "Levanger", "fylke": "50", "lat": 63.7, "lon": 11.3},
        {"nummer": "5037", "navn": "Levanger", "fylke": "50", "lat": 63.7, "lon": 11.3}]}"#;
    let err = Registry::from_json(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"kommuner[1].nummer: kommunenummer "5037" står flere ganger"#
    );
}

#[test]
fn bad_and_unknown_county_in_registry() {
    let json = r#"{"fylker": [{"nummer": "5", "navn": "Trøndelag"}, {"nummer": "50", "navn": "Trøndelag"}],
        "kommuner": [{"nummer": "5037", "navn": "Levanger", "fylke": "51", "lat": 63.7, "lon": 11.3}]}"#;
    let err = Registry::from_json(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "fylker[0].nummer: \"5\" er ikke et fylkesnummer (to sifre)\n\
         kommuner[0].fylke: \"51\" er ikke et kjent fylkesnummer"
    );
}

#[test]
fn control_character_in_text() {
    assert_eq!(
        one(|o| o["navn"] = json!("Digi\u{7}hjelp")),
        "tilbud[0].navn: \"Digi\\u{7}hjelp\" inneholder et usynlig kontrolltegn (fjern det)"
    );
}

#[test]
fn uppercase_https_scheme_is_accepted() {
    assert_eq!(
        offer_errors(|o| o["kontakt"]["nettside"] = json!("HTTPS://Example.no/")),
        Vec::<String>::new()
    );
}

#[test]
fn swapped_coordinates() {
    assert_eq!(
        one(|o| o["sted"]["posisjon"] = json!({"lat": 11.299, "lon": 63.746})),
        "tilbud[0].sted.posisjon: posisjonen (11.299, 63.746) ligger utenfor Norge; lat og lon ser ut til å være byttet om"
    );
}

#[test]
fn missing_coordinate() {
    assert_eq!(
        one(|o| o["sted"]["posisjon"] = json!({"lat": 63.7})),
        "tilbud[0].sted.posisjon.lon: mangler (feltet er påkrevd)"
    );
}
