//! Resources, handbook and skill framework: parsing rules and exact messages.

mod common;

use digihjelpen::skill::{framework, SkillArea, SkillLevel};
use digihjelpen::{parse_handbook, parse_resources};
use serde_json::json;

fn resource() -> serde_json::Value {
    json!({
        "id": "digidel-kursmateriell",
        "tittel": "Kursmateriell",
        "utgiver": "hk-dir",
        "url": "https://www.digidel.no/",
        "malgrupper": ["veiledere"],
        "sprak": ["nb", "ar"],
        "temaer": ["generelt"],
        "format": "kursopplegg",
        "beskrivelse": "Kurspakker for veiledere."
    })
}

fn resource_errors(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut r = resource();
    edit(&mut r);
    match parse_resources(&json!({ "ressurser": [r] }).to_string()) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn valid_resource() {
    assert_eq!(resource_errors(|_| {}), "");
}

#[test]
fn bad_resource_url() {
    assert_eq!(
        resource_errors(|r| r["url"] = json!("http://www.digidel.no/")),
        r#"ressurser[0].url: "http://www.digidel.no/" må begynne med https://"#
    );
    assert_eq!(
        resource_errors(|r| r["url"] = json!("www.digidel.no")),
        r#"ressurser[0].url: "www.digidel.no" må begynne med https://"#
    );
}

#[test]
fn other_publisher_needs_a_name() {
    assert_eq!(
        resource_errors(|r| r["utgiver"] = json!("annen")),
        r#"ressurser[0].utgiver_navn: mangler (påkrevd når utgiver er "annen")"#
    );
}

#[test]
fn unknown_resource_format_and_audience() {
    assert_eq!(
        resource_errors(|r| {
            r["format"] = json!("bok");
            r["malgrupper"] = json!(["alle"]);
        }),
        "ressurser[0].malgrupper[0]: \"alle\" er ikke en gyldig verdi (gyldige verdier: innbyggere, veiledere, kommunen)\n\
         ressurser[0].format: \"bok\" er ikke en gyldig verdi (gyldige verdier: nettkurs, video, veileder, kursopplegg, nettside, møteplass)"
    );
}

fn handbook(page: serde_json::Value) -> String {
    let json = json!({"moduler": [{
        "slug": "eksempler", "tittel": "Eksempler fra kommunene", "ingress": "Slik gjør andre.",
        "sider": [page]
    }]});
    match parse_handbook(&json.to_string(), &common::registry()) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn page() -> serde_json::Value {
    json!({
        "slug": "levanger", "tittel": "Levanger", "ingress": "Servicekontoret.",
        "fil": "innhold/eksempler/levanger.md", "sist_oppdatert": "2026-11-22",
        "komponenter": ["kart-lenke"], "kommune": "5037",
        "sjekkliste": {"id": "liste", "tittel": "Sjekk", "punkter": [{"id": "a", "tekst": "Gjort"}]}
    })
}

#[test]
fn valid_handbook_page() {
    assert_eq!(handbook(page()), "");
}

#[test]
fn handbook_path_traversal() {
    let mut p = page();
    p["fil"] = json!("../../etc/passwd.md");
    assert_eq!(
        handbook(p),
        r#"moduler[0].sider[0].fil: "../../etc/passwd.md" er ikke en gyldig filsti (relativ sti under public/, uten "..")"#
    );
    let mut p = page();
    p["fil"] = json!("/innhold/a.md");
    assert!(handbook(p).contains("er ikke en gyldig filsti"));
}

#[test]
fn handbook_unknown_component_and_module() {
    let mut p = page();
    p["komponenter"] = json!(["kart"]);
    p["kommune"] = json!("0000");
    assert_eq!(
        handbook(p),
        "moduler[0].sider[0].komponenter[0]: \"kart\" er ikke en gyldig verdi (gyldige verdier: ferdigheter, malgrupper, ressurser, kart-lenke)\n\
         moduler[0].sider[0].kommune: \"0000\" er ikke et kommunenummer (fire sifre, f.eks. \"0301\")"
    );
    let err = parse_handbook(
        r#"{"moduler": [{"slug": "om", "tittel": "Om", "ingress": "x", "sider": []}]}"#,
        &common::registry(),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with(r#"moduler[0].slug: "om" er ikke en gyldig verdi"#),
        "{err}"
    );
}

#[test]
fn skill_framework_has_four_areas_and_two_levels() {
    assert_eq!(framework().count(), 8);
    assert_eq!(SkillArea::ALL.len(), 4);
    assert_eq!(
        SkillArea::DigitalJudgement.descriptor(SkillLevel::Two),
        "Bruker grunnleggende nettvett og har kunnskap om regler for personvern på Internett."
    );
    assert_eq!(
        "digital-dommekraft".parse::<SkillArea>().unwrap(),
        SkillArea::DigitalJudgement
    );
    assert_eq!(
        SkillArea::AcquireAndProcess.label_nb(),
        "Tilegne og behandle"
    );
}
