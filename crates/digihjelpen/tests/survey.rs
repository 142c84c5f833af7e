//! Importing a survey (`import-survey`): the sample of 21 illustrative answers in
//! `tests/data/kartlegging-eksempel.csv` (good and bad rows, made up for this test), as UTF-8
//! and as Windows-1252; the header's rules; the template.

mod common;

use digihjelpen::csv::{decode, Encoding};
use digihjelpen::survey::{import_survey, template, Options, Outcome, SurveyError, SurveyImport};
use digihjelpen::{parse_offers, Offer, ProblemKind};

const SAMPLE: &str = include_str!("data/kartlegging-eksempel.csv");

/// An existing offer that row 2 of the sample updates (test data).
fn existing() -> Vec<Offer> {
    let mut offer = common::valid_offer();
    offer["id"] = "levanger-bibliotek".into();
    offer["beskrivelse"] = "Eksisterende beskrivelse (testdata).".into();
    offer["sist_verifisert"] = "2018-01-31".into();
    offer["illustrativ"] = true.into();
    parse_offers(
        &common::file_of(&[offer]),
        &common::registry(),
        common::today(),
    )
    .unwrap()
}

fn import(text: &str) -> SurveyImport {
    let options = Options::new(common::today());
    import_survey(text, &existing(), &common::registry(), &options).unwrap()
}

/// The text as Windows-1252 bytes (the sample's characters are Latin-1 and the en dash).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '–' => 0x96,
            c if (c as u32) < 0x100 => c as u8,
            c => panic!("{c:?} is not in the sample's Windows-1252"),
        })
        .collect()
}

#[test]
fn the_sample_imports_its_good_rows_and_names_every_bad_one() {
    let import = import(SAMPLE);
    let imported: Vec<(usize, &str, Outcome)> = import
        .imported
        .iter()
        .map(|i| (i.row, i.id.as_str(), i.outcome))
        .collect();
    assert_eq!(
        imported,
        [
            (2, "levanger-bibliotek", Outcome::Updated),
            (3, "trondheim-servicetorg", Outcome::Added),
            (4, "tromso-frivilligsentral", Outcome::Added),
            (6, "heroy-1818-bibliotek", Outcome::Added),
            (13, "kautokeino-servicetorg", Outcome::Added),
            (19, "kristiansand-servicetorg", Outcome::Added),
        ]
    );
    let bad: Vec<String> = import.bad.iter().map(ToString::to_string).collect();
    assert_eq!(
        bad,
        [
            "rad 5, kommune: \"Herøy\" er navnet på flere kommuner (Herøy (Møre og Romsdal) 1515, \
             Herøy (Nordland) 1818); fyll inn fylket eller skriv kommunenummeret",
            "rad 7, fylke: \"Trøndelag\" stemmer ikke med kommunen: Bodø ligger i Nordland",
            "rad 8, kommune: \"Oppegård\" er ikke navnet på en kommune (2024-inndelingen); skriv \
             kommunenummeret",
            "rad 10, epost: \"ola@\" er ikke en gyldig e-postadresse",
            "rad 11, nettside: \"http://example.no/eksempel\" må begynne med https://",
            "rad 12, veiledningstyper: \"Kaffeprat\" er ikke et av svarene (bruk drop-in, \
             timebestilling, en-til-en, gruppekurs, telefon, chat, nettkurs, skriftlige-veiledere, \
             hjemmebesok, eller svarteksten fra skjemaet)",
            "rad 14, apningstider: \"hver dag\" er ikke en åpningstid (skriv f.eks. \"tirsdag \
             10:00-14:00, etter avtale\")",
            "rad 15, kommune: gir samme tilbud (levanger-bibliotek) som rad 2; gi radene hver sin id",
            "rad 16, svardato: 2030-11-22 er etter dagens dato (2026-11-22)",
            "rad 17, arsverk: \"0,5 – 1 årsverk, 1 – 2 årsverk\" er flere svar, men spørsmålet tar \
             bare ett",
            "rad 20, navn: \"<b>Eksempel</b>\" inneholder HTML, som ikke er tillatt i tekstfelt",
            "rad 21, kommune: mangler (feltet er påkrevd)",
            "rad 22, illustrativ: \"kanskje\" er verken ja eller nei",
        ]
    );
    // Each problem carries its row, column and value apart, too.
    let email = &import.bad[3];
    assert_eq!(
        (email.row, email.column.as_str(), email.value.as_str()),
        (10, "epost", "ola@")
    );
    assert_eq!(email.kind, ProblemKind::BadEmail("ola@".into()));
    // "Har ikke et slikt tilbud" is an answer, not a problem, and not an offer.
    assert_eq!(import.no_offer.len(), 1);
    assert_eq!(
        (
            import.no_offer[0].row,
            import.no_offer[0].municipality.to_string()
        ),
        (9, "1837".into())
    );
    assert_eq!(import.ignored_columns, ["12. grad"]);
    // The existing offer and the five new ones, sorted by id.
    let ids: Vec<&str> = import.offers.iter().map(|o| o.id().as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
    assert_eq!(ids.len(), 6);
}

#[test]
fn an_update_changes_what_the_row_answers_and_keeps_the_rest() {
    let import = import(SAMPLE);
    let levanger = import
        .offers
        .iter()
        .find(|o| o.id().as_str() == "levanger-bibliotek")
        .unwrap();
    let json = serde_json::to_value(levanger).unwrap();
    let expected = serde_json::json!({
        "id": "levanger-bibliotek",
        "kommune": "5037",
        // Kept: the name, description, position, languages and phone the row leaves empty.
        "navn": "Digital hjelp i Levanger",
        "beskrivelse": "Eksisterende beskrivelse (testdata).",
        "sted": {"type": "bibliotek", "posisjon": {"lat": 63.746, "lon": 11.299}},
        "sprak": ["nb"],
        // Questions 3–11.
        "organisering": "fast",
        "temaer": ["generelt", "statlige-tjenester"],
        "former": ["en-til-en", "gruppekurs"],
        "partnere": ["nav", "seniornett"],
        "forankring": "Folkebiblioteket; I administrativ ledelse",
        "utfort_av": "kombinasjon",
        "bemanning": "0.5-1",
        // Contact and hours; https:// added to the web address.
        "malgrupper": ["eldre", "innvandrere"],
        "kontakt": {"telefon": "74 05 20 00", "epost": "eksempel@example.no", "nettside": "https://example.no/eksempel"},
        "apningstider": {"tider": [{"dag": "tirsdag", "fra": "10:00", "til": "14:00"}], "etter_avtale": true},
        // The answer's date (DD.MM.YYYY), source and flag.
        "sist_verifisert": "2017-04-20",
        "kilde": "Oppdiktet eksempel til test av import-survey (ikke et ekte svar)",
        "illustrativ": true,
    });
    assert_eq!(json, expected);

    // A new offer gets a name from the municipality and the place, and "alle" as target group.
    let tromso = import
        .offers
        .iter()
        .find(|o| o.id().as_str() == "tromso-frivilligsentral")
        .unwrap();
    assert_eq!(
        tromso.name(),
        "Digital veiledning i Tromsø (frivilligsentral)"
    );
    assert_eq!(tromso.target_groups(), [digihjelpen::TargetGroup::Everyone]);
    let days: Vec<String> = tromso
        .opening_hours()
        .unwrap()
        .slots()
        .iter()
        .map(|s| s.day().to_string())
        .collect();
    assert_eq!(days, ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]);
}

#[test]
fn windows_1252_and_utf8_with_bom_import_the_same() {
    let (text, encoding) = decode(&windows_1252(SAMPLE));
    assert_eq!(encoding, Encoding::Windows1252);
    assert_eq!(text, SAMPLE);
    let mut bom = "\u{feff}".as_bytes().to_vec();
    bom.extend_from_slice(SAMPLE.as_bytes());
    let (text, encoding) = decode(&bom);
    assert_eq!(encoding, Encoding::Utf8Bom);
    assert_eq!(import(&text), import(SAMPLE));
}

#[test]
fn the_header_needs_a_municipality_column_once() {
    let options = Options::new(common::today());
    let registry = common::registry();
    let err = import_survey("fylke;organisering\n50;fast\n", &[], &registry, &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "rad 1, kommune: mangler (feltet er påkrevd)"
    );
    let err = import_survey("kommune;Kommune\n5037;5037\n", &[], &registry, &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "rad 1, Kommune: \"Kommune\" står flere ganger"
    );
    let err = import_survey("kommune\n\"5037\n", &[], &registry, &options).unwrap_err();
    assert!(matches!(err, SurveyError::Csv(_)), "{err}");
    // Question numbers before a header are allowed.
    let import = import_survey(
        "1. Kommune;7. Forankret i\n5037;bibliotek\n",
        &[],
        &registry,
        &options,
    )
    .unwrap();
    assert_eq!(import.imported[0].id.as_str(), "levanger-bibliotek");
}

/// The committed template is the one the domain crate describes, and every column is
/// explained in the README.
#[test]
fn the_template_is_current_and_documented() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/maler/kartlegging-mal.csv"
    );
    if std::env::var_os("UPDATE_TEMPLATE").is_some() {
        std::fs::write(path, template()).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        committed,
        template(),
        "run UPDATE_TEMPLATE=1 cargo test -p digihjelpen --test survey"
    );
    let readme = include_str!("../../../README.md");
    let section = readme
        .split("### Importing a survey")
        .nth(1)
        .and_then(|s| s.split("\n#").next())
        .expect("README has a section on importing a survey");
    for column in digihjelpen::survey::COLUMNS {
        let first = format!("\n| `{}`", column.header);
        let listed = format!(", `{}`", column.header);
        assert!(
            section.contains(&first) || section.contains(&listed),
            "README: {}",
            column.header
        );
    }
}
