//! Property tests: round trips, idempotent folding, and no panics on arbitrary input.

mod common;

use std::sync::OnceLock;

use digihjelpen::{
    offers_to_json, parse_handbook, parse_offers, parse_resources, text::fold, Postcodes, Registry,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(common::registry)
}

fn subset(values: &'static [&'static str]) -> impl Strategy<Value = Vec<&'static str>> {
    proptest::sample::subsequence(values, 0..=values.len())
}

fn opt<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(s)
}

const TARGETS: &[&str] = &[
    "eldre",
    "innvandrere",
    "utenfor-arbeidslivet",
    "funksjonsnedsettelse",
    "unge-forstegangsbrukere",
    "voksne-i-arbeid",
    "alle",
];
const FORMATS: &[&str] = &[
    "drop-in",
    "timebestilling",
    "en-til-en",
    "gruppekurs",
    "telefon",
    "chat",
    "nettkurs",
    "skriftlige-veiledere",
    "hjemmebesok",
];
const TOPICS: &[&str] = &[
    "generelt",
    "kommunale-tjenester",
    "statlige-tjenester",
    "private-tjenester",
];
const VENUES: &[&str] = &[
    "bibliotek",
    "servicetorg",
    "frivilligsentral",
    "skole",
    "seniorsenter",
    "annet",
];
const LANGS: &[&str] = &["nb", "nn", "se", "sma", "en", "ar", "so", "ti", "ur", "pl"];
const PARTNERS: &[&str] = &[
    "nav",
    "skatteetaten",
    "seniornett",
    "frivilligsentral",
    "rode-kors",
    "aof",
    "skole",
];
const DAYS: &[&str] = &[
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
];

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[A-Za-zÆØÅæøåáčšŋ0-9][A-Za-zÆØÅæøåáčšŋ0-9 ,.()'/-]{{0,{max}}}"
    ))
    .unwrap()
    .prop_map(|s| s.trim().to_owned())
}

/// A valid offer as JSON.
fn offer_json() -> impl Strategy<Value = Value> {
    let municipality = (0..registry().len()).prop_map(|i| registry().municipalities()[i].clone());
    let ids = "[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}";
    let core = (
        ids,
        municipality,
        text(60),
        opt(text(200)),
        proptest::sample::select(VENUES),
        opt(text(40)),
    );
    let lists = (
        subset(TOPICS),
        subset(FORMATS),
        subset(TARGETS).prop_filter("non-empty", |v| !v.is_empty()),
        subset(LANGS),
        subset(PARTNERS),
    );
    let place = (
        opt((-0.05f64..0.05, -0.05f64..0.05)),
        opt(any::<bool>()),
        opt(any::<bool>()),
        any::<bool>(),
    );
    let contact = (
        opt("[2-9][0-9]{7}"),
        opt("[a-z]{1,8}@[a-z]{2,8}\\.no"),
        opt("https://[a-z]{2,10}\\.no/[a-z0-9/]{0,10}"),
    );
    let hours = opt((
        proptest::sample::select(DAYS),
        0u8..20,
        1u8..4,
        any::<bool>(),
    ));
    let date = (2000u16..=2025, 1u8..=12, 1u8..=28);
    (core, lists, place, contact, hours, date).prop_map(
        |((id, m, name, desc, venue, venue_name), (topics, formats, targets, langs, partners), (offset, step_free, own_device, illustrative), (phone, email, web), hours, (y, mo, d))| {
            let mut o = json!({
                "id": id, "kommune": m.number().to_string(), "navn": name,
                "sted": {"type": venue},
                "temaer": topics, "former": formats, "malgrupper": targets, "sprak": langs, "partnere": partners,
                "sist_verifisert": format!("{y:04}-{mo:02}-{d:02}"),
                "illustrativ": illustrative,
            });
            let obj = o.as_object_mut().unwrap();
            if let Some(desc) = desc.filter(|d| !d.is_empty()) { obj.insert("beskrivelse".into(), json!(desc)); }
            if let Some(n) = venue_name.filter(|d| !d.is_empty()) { o["sted"]["navn"] = json!(n); }
            if let Some((dlat, dlon)) = offset {
                let p = m.point();
                o["sted"]["posisjon"] = json!({"lat": p.lat() + dlat, "lon": p.lon() + dlon});
            }
            if let Some(b) = step_free { o["tilgjengelighet"] = json!({"trinnfri_adkomst": b}); }
            if let Some(b) = own_device { o["ta_med_egen_enhet"] = json!(b); }
            let mut kontakt = serde_json::Map::new();
            if let Some(p) = phone { kontakt.insert("telefon".into(), json!(p)); }
            if let Some(e) = email { kontakt.insert("epost".into(), json!(e)); }
            if let Some(w) = web { kontakt.insert("nettside".into(), json!(w)); }
            if !kontakt.is_empty() { o["kontakt"] = Value::Object(kontakt); }
            if let Some((day, from, len, by_appt)) = hours {
                o["apningstider"] = json!({
                    "tider": [{"dag": day, "fra": format!("{from:02}:00"), "til": format!("{:02}:30", from + len)}],
                    "etter_avtale": by_appt,
                });
            }
            o
        },
    )
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        proptest::sample::select(
            &[
                "tilbud",
                "kommuner",
                "eldre",
                "5037",
                "https://x.no",
                "2026-01-01",
                "<b>"
            ][..]
        )
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                proptest::sample::select(
                    &[
                        "tilbud",
                        "id",
                        "kommune",
                        "navn",
                        "sted",
                        "malgrupper",
                        "posisjon",
                        "lat",
                        "x"
                    ][..]
                ),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

fn parse_everything(text: &str) {
    let r = registry();
    let _ = parse_offers(text, r, common::today());
    let _ = Registry::from_json(text);
    let _ = Postcodes::from_json(text, r);
    let _ = parse_resources(text);
    let _ = parse_handbook(text, r);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn offers_round_trip(offers in proptest::collection::vec(offer_json(), 1..5)) {
        // Give every offer a unique id.
        let offers: Vec<Value> = offers.into_iter().enumerate().map(|(i, mut o)| {
            o["id"] = json!(format!("{}-{i}", o["id"].as_str().unwrap()));
            o
        }).collect();
        let text = json!({ "tilbud": offers }).to_string();
        let parsed = match parse_offers(&text, registry(), common::today()) {
            Ok(p) => p,
            Err(e) => return Err(TestCaseError::fail(format!("{e}\n{text}"))),
        };
        let written = offers_to_json(&parsed);
        let again = parse_offers(&written, registry(), common::today()).unwrap();
        prop_assert_eq!(&again, &parsed);
        prop_assert_eq!(offers_to_json(&again), written);
    }

    #[test]
    fn folding_is_idempotent(s in any::<String>()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
    }

    #[test]
    fn search_keys_are_idempotent(s in any::<String>()) {
        let once = digihjelpen::text::search_key(&s);
        prop_assert_eq!(digihjelpen::text::search_key(&once), once.clone());
    }

    #[test]
    fn folding_of_norwegian_text_is_ascii(s in "[a-zA-ZæøåÆØÅáÁčČđĐŋŊšŠŧŦžŽ -]{0,30}") {
        prop_assert!(fold(&s).is_ascii());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        parse_everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics(v in arbitrary_json()) {
        parse_everything(&v.to_string());
        parse_everything(&json!({ "tilbud": [v.clone()], "kommuner": [v.clone()], "moduler": [v.clone()] }).to_string());
        parse_everything(&json!({ "ressurser": [v.clone()], "postnummer": {"7600": v} }).to_string());
    }

    #[test]
    fn mutated_offers_never_panic(
        base in offer_json(),
        key in proptest::sample::select(&["id", "kommune", "navn", "sted", "malgrupper", "kontakt", "apningstider", "sist_verifisert", "sprak"][..]),
        v in arbitrary_json(),
    ) {
        let mut o = base;
        o[key] = v;
        let _ = parse_offers(&json!({ "tilbud": [o] }).to_string(), registry(), common::today());
    }
}
