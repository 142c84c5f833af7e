//! Per-area files: what they hold, that they read back, that the widget's query gives the same
//! answer on them as on the whole country, and how small they are.

mod common;

use std::collections::BTreeSet;
use std::io::Write as _;

use common::{registry, today, TILBUD};
use digihjelpen::area::NEAREST;
use digihjelpen::{
    all_area_files, parse_area, parse_offers, synthetic, Area, AreaExtract, CountyNumber, Index,
    MunicipalityNumber, Offer, ProblemKind, Registry, Selection,
};

fn bundled() -> (Registry, Vec<Offer>) {
    let r = registry();
    let offers = parse_offers(TILBUD, &r, today()).expect("bundled tilbud.json parses");
    (r, offers)
}

/// `digihjelpen-cli synthetic --count 10000 --seed 1`.
fn synthetic_10k() -> (Registry, Vec<Offer>) {
    let r = registry();
    let offers = synthetic::offers(&r, 10_000, 1);
    (r, offers)
}

fn municipality(n: &str) -> Area {
    Area::Municipality(n.parse().unwrap())
}

fn county(n: &str) -> Area {
    Area::County(n.parse().unwrap())
}

fn extract(area: Area, r: &Registry, offers: &[Offer]) -> AreaExtract {
    AreaExtract::new(area, r, offers, &Index::new(offers, r)).expect("known area")
}

fn ids<'a>(offers: impl IntoIterator<Item = &'a Offer>) -> Vec<String> {
    offers.into_iter().map(|o| o.id().to_string()).collect()
}

fn numbers(r: &Registry) -> Vec<String> {
    r.municipalities()
        .iter()
        .map(|m| m.number().to_string())
        .collect()
}

fn gzip(text: &str) -> usize {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(text.as_bytes()).unwrap();
    e.finish().unwrap().len()
}

#[test]
fn areas_are_written_and_read_as_paths() {
    let r = registry();
    let areas = r
        .municipalities()
        .iter()
        .map(|m| Area::Municipality(m.number()))
        .chain(r.counties().iter().map(|c| Area::County(c.number())));
    for area in areas {
        assert_eq!(Area::from_path(&area.path()), Ok(area));
        assert_eq!(area.to_string().parse(), Ok(area));
    }
    assert_eq!(municipality("0301").path(), "omrade/kommune-0301.json");
    assert_eq!(county("03").path(), "omrade/fylke-03.json");

    let bad = |s: &str| ProblemKind::BadArea(s.to_owned());
    assert_eq!("by-5037".parse::<Area>(), Err(bad("by-5037")));
    assert_eq!("5037".parse::<Area>(), Err(bad("5037")));
    assert_eq!(
        "kommune-503".parse::<Area>(),
        Err(ProblemKind::BadMunicipalityNumber("503".into()))
    );
    assert_eq!(
        "fylke-5".parse::<Area>(),
        Err(ProblemKind::BadCountyNumber("5".into()))
    );
    for path in [
        "kommune-5037.json",
        "omrade/kommune-5037",
        "/omrade/kommune-5037.json",
        "omradekommune-5037.json",
    ] {
        assert_eq!(Area::from_path(path), Err(bad(path)), "{path}");
    }
    assert_eq!(
        Area::from_path("omrade/kommune-50377.json"),
        Err(ProblemKind::BadMunicipalityNumber("50377".into()))
    );
    assert_eq!(
        bad("by-5037").to_string(),
        r#""by-5037" er ikke et område (kommune-NNNN eller fylke-NN, f.eks. "kommune-5037")"#
    );
}

#[test]
fn a_municipality_with_offers_holds_exactly_its_offers() {
    let (r, offers) = bundled();
    let x = extract(municipality("5037"), &r, &offers);
    let own: Vec<&Offer> = offers
        .iter()
        .filter(|o| o.municipality().to_string() == "5037")
        .collect();
    assert!(!own.is_empty());
    assert_eq!(ids(&x.offers), ids(own));
    assert_eq!(numbers(&x.registry), ["5037"]);
    assert_eq!(x.registry.counties().len(), 1);
    assert_eq!(x.registry.counties()[0].number().to_string(), "50");
    assert_eq!(x.registry.source(), r.source());

    // The same for every municipality with offers in the synthetic country.
    let (r, offers) = synthetic_10k();
    let index = Index::new(&offers, &r);
    for m in r.municipalities() {
        let own: Vec<&Offer> = offers
            .iter()
            .filter(|o| o.municipality() == m.number())
            .collect();
        if own.is_empty() {
            continue;
        }
        let x = AreaExtract::new(Area::Municipality(m.number()), &r, &offers, &index).unwrap();
        assert_eq!(ids(&x.offers), ids(own), "{}", m.number());
        assert_eq!(x.registry.municipalities(), std::slice::from_ref(m));
    }
}

#[test]
fn a_municipality_without_offers_holds_the_nearest_ones() {
    let (r, offers) = bundled();
    let index = Index::new(&offers, &r);
    let covered: BTreeSet<MunicipalityNumber> = offers.iter().map(Offer::municipality).collect();
    let mut checked = 0;
    for m in r
        .municipalities()
        .iter()
        .filter(|m| !covered.contains(&m.number()))
    {
        let area = Area::Municipality(m.number());
        let x = AreaExtract::new(area, &r, &offers, &index).unwrap();
        let near = index.nearest(m.point(), NEAREST, &digihjelpen::Filter::default());
        let mut expected: Vec<usize> = near.iter().map(|n| n.index).collect();
        expected.sort_unstable();
        assert_eq!(x.offers.len(), NEAREST.min(offers.len()));
        assert_eq!(ids(&x.offers), ids(expected.iter().map(|&i| &offers[i])));
        // The area itself and the offers' municipalities, and their counties.
        let mut needed: BTreeSet<MunicipalityNumber> =
            x.offers.iter().map(Offer::municipality).collect();
        needed.insert(m.number());
        let kept: BTreeSet<MunicipalityNumber> = x
            .registry
            .municipalities()
            .iter()
            .map(|m| m.number())
            .collect();
        assert_eq!(kept, needed);
        let counties: BTreeSet<CountyNumber> = needed.iter().map(|n| n.county()).collect();
        let kept: BTreeSet<CountyNumber> =
            x.registry.counties().iter().map(|c| c.number()).collect();
        assert_eq!(kept, counties);
        checked += 1;
    }
    assert!(checked > 300, "{checked}");
}

#[test]
fn a_county_holds_all_its_municipalities_offers() {
    let (r, offers) = synthetic_10k();
    let index = Index::new(&offers, &r);
    for c in r.counties() {
        let x = AreaExtract::new(Area::County(c.number()), &r, &offers, &index).unwrap();
        let own = offers.iter().filter(|o| o.county() == c.number());
        assert_eq!(ids(&x.offers), ids(own), "{}", c.number());
        // All its municipalities (so its coverage counts from the file), and nothing else.
        let all: Vec<_> = r.municipalities_in(c.number()).cloned().collect();
        assert_eq!(x.registry.municipalities(), all.as_slice());
        assert_eq!(x.registry.counties(), std::slice::from_ref(c));
        let coverage = digihjelpen::Coverage::new(&x.registry, &x.offers);
        let whole = digihjelpen::Coverage::new(&r, &offers);
        let of = |cov: &digihjelpen::Coverage| {
            let county = cov.counties().iter().find(|k| k.county == c.number());
            county.map(|k| (k.municipalities, k.covered, k.examples_only, k.offers))
        };
        assert_eq!(of(&coverage), of(&whole));
    }
    // A county without offers still has its file, with no offers.
    let (r, offers) = bundled();
    let empty = r
        .counties()
        .iter()
        .find(|c| !offers.iter().any(|o| o.county() == c.number()))
        .expect("a county without bundled offers");
    let x = extract(Area::County(empty.number()), &r, &offers);
    assert!(x.offers.is_empty());
    assert_eq!(
        x.registry.len(),
        r.municipalities_in(empty.number()).count()
    );
}

#[test]
fn an_area_file_reads_back_as_written() {
    for (r, offers) in [bundled(), synthetic_10k()] {
        let index = Index::new(&offers, &r);
        for area in [
            municipality("5037"),
            municipality("0301"),
            municipality("5626"),
            county("50"),
            county("56"),
        ] {
            let x = AreaExtract::new(area, &r, &offers, &index).unwrap();
            let json = x.to_json();
            let back = match parse_area(&json, today()) {
                Ok(back) => back,
                Err(e) => panic!("{area}:\n{e}"),
            };
            assert_eq!(back.area, area);
            assert_eq!(back.offers, x.offers, "{area}");
            assert_eq!((x.total, back.total), (offers.len(), offers.len()));
            assert_eq!(back.registry.municipalities(), x.registry.municipalities());
            assert_eq!(back.registry.counties(), x.registry.counties());
            assert_eq!(back.registry.source(), r.source());
            assert_eq!(back.to_json(), json, "{area}");
            // The existing parsers read the same document.
            let registry = Registry::from_json(&json).unwrap();
            assert_eq!(parse_offers(&json, &registry, today()).unwrap(), x.offers);
        }
    }
}

/// The widget runs [`Area::select`] on the extract's index instead of the country's: it must
/// show the same offers, in the same order, at the same distances.
#[test]
fn the_widget_shows_the_same_on_the_extract_as_on_the_whole_country() {
    fn shown(sel: &Selection, offers: &[Offer]) -> Vec<(String, Option<u64>)> {
        match sel {
            Selection::Own(own) => own
                .iter()
                .map(|&i| (offers[i].id().to_string(), None))
                .collect(),
            Selection::Nearest(near) => near
                .iter()
                .map(|n| (offers[n.index].id().to_string(), Some(n.km.to_bits())))
                .collect(),
        }
    }
    for (r, offers) in [bundled(), synthetic(300)] {
        let index = Index::new(&offers, &r);
        for (path, json) in all_area_files(&r, &offers) {
            let area = Area::from_path(&path).unwrap();
            let x = parse_area(&json, today()).unwrap();
            let whole = area.select(&index, &r).unwrap();
            let part = area.select(&Index::new(&x.offers, &x.registry), &x.registry);
            let part = part.unwrap();
            assert_eq!(shown(&part, &x.offers), shown(&whole, &offers), "{path}");
            assert_eq!(area.name(&x.registry), area.name(&r));
            assert_eq!(area.point(&x.registry), area.point(&r));
            for o in &x.offers {
                let m = x.registry.municipality(o.municipality()).unwrap();
                assert_eq!(Some(m), r.municipality(o.municipality()));
            }
        }
    }

    fn synthetic(count: usize) -> (Registry, Vec<Offer>) {
        let r = registry();
        let offers = synthetic::offers(&r, count, 7);
        (r, offers)
    }
}

#[test]
fn every_area_of_the_country_has_a_file() {
    let (r, offers) = bundled();
    let files = all_area_files(&r, &offers);
    assert_eq!(files.len(), 357 + 15);
    let paths: BTreeSet<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths.len(), files.len());
    for m in r.municipalities() {
        assert!(paths.contains(Area::Municipality(m.number()).path().as_str()));
    }
    for c in r.counties() {
        assert!(paths.contains(Area::County(c.number()).path().as_str()));
    }
    for (path, json) in &files {
        assert!(
            path.starts_with("omrade/") && path.ends_with(".json"),
            "{path}"
        );
        assert!(json.ends_with('\n') && json.lines().count() == 1, "{path}");
        assert_eq!(parse_area(json, today()).unwrap().area.path(), *path);
    }
    // Deterministic.
    assert_eq!(files, all_area_files(&r, &offers));
}

#[test]
fn an_area_file_does_not_grow_with_the_rest_of_the_country() {
    let (r, offers) = synthetic_10k();
    let levanger = municipality("5037");
    let own: Vec<Offer> = offers
        .iter()
        .filter(|o| o.municipality().to_string() == "5037")
        .cloned()
        .collect();
    // The same file but for the country's count, `tilbud_i_alt`.
    let mut whole = extract(levanger, &r, &offers);
    assert_eq!(whole.total, 10_000);
    whole.total = own.len();
    assert_eq!(whole.to_json(), extract(levanger, &r, &own).to_json());
    // Without offers of its own, a municipality's file holds NEAREST offers and at most
    // NEAREST + 1 municipalities, however many offers the country has.
    for count in [100, 1_000, 10_000] {
        let country = synthetic::offers(&r, count, 1);
        let index = Index::new(&country, &r);
        let covered: BTreeSet<MunicipalityNumber> =
            country.iter().map(Offer::municipality).collect();
        let mut seen = 0;
        for m in r
            .municipalities()
            .iter()
            .filter(|m| !covered.contains(&m.number()))
        {
            let area = Area::Municipality(m.number());
            let x = AreaExtract::new(area, &r, &country, &index).unwrap();
            assert_eq!(x.offers.len(), NEAREST, "{area} of {count}");
            assert!(x.registry.len() <= NEAREST + 1, "{area} of {count}");
            seen += 1;
        }
        assert!(seen > 0 || count == 10_000, "{count}");
    }
}

/// Bytes are deterministic: the synthetic generator and the writer are.
///
/// The bound: with 10,000 offers over 357 municipalities, a municipality has 28 on average
/// (16 to 50; Levanger draws 22). A synthetic offer is 448–989 bytes in the area file (715 on
/// average: its texts, venue, hours and lists); the rest of Levanger's file (`omrade`, the
/// registry's `kilde`, one county, one municipality) is about 430 bytes. So Levanger's file is
/// at most 500 + 22 × 1,000 bytes even if every offer were the largest, and 30 KB would
/// hold 29 of the largest offers — against 7.2 MB for the country's offers, compact. The
/// county file grows with the county (Trøndelag has 38 of the 357 municipalities), never with
/// the rest of the country.
#[test]
fn area_files_are_small_with_ten_thousand_offers() {
    let (r, offers) = synthetic_10k();
    let index = Index::new(&offers, &r);
    let whole = digihjelpen::offers_to_json(&offers);
    let compact = serde_json::to_string(&serde_json::json!({ "tilbud": offers })).unwrap();
    // (gzip of the whole tilbud.json: 594 KB; too slow to compute in a debug test.)
    println!(
        "tilbud.json with 10,000 offers: {} bytes (compact {}); kommuner.json {} bytes, gzip {}",
        whole.len(),
        compact.len(),
        common::KOMMUNER.len(),
        gzip(common::KOMMUNER)
    );
    let largest_offer = offers
        .iter()
        .map(|o| serde_json::to_string(o).unwrap().len() + 1)
        .max()
        .unwrap();
    assert!(largest_offer <= 1_000, "{largest_offer}");
    let report = |area: Area| {
        let x = AreaExtract::new(area, &r, &offers, &index).unwrap();
        let json = x.to_json();
        println!(
            "{}: {} offers, {} municipalities, {} bytes, gzip {}",
            area.path(),
            x.offers.len(),
            x.registry.len(),
            json.len(),
            gzip(&json)
        );
        (x, json)
    };
    let (levanger, json) = report(municipality("5037"));
    let header = AreaExtract {
        offers: Vec::new(),
        ..levanger.clone()
    }
    .to_json()
    .len();
    assert!(header <= 500, "{header}");
    assert_eq!(levanger.offers.len(), 22);
    assert!(json.len() <= header + levanger.offers.len() * largest_offer);
    assert!(json.len() < 30_000, "{} bytes", json.len());
    assert!(gzip(&json) < 6_000, "{} bytes gzip", gzip(&json));

    let (trondelag, json) = report(county("50"));
    let share = trondelag.offers.len() as f64 / offers.len() as f64;
    // The county's share of the offers, and of the bytes, is about its share of municipalities.
    assert!((share - 38.0 / 357.0).abs() < 0.02, "{share}");
    assert!((json.len() as f64) < compact.len() as f64 * (share + 0.01));

    // The whole country's files, for the build.
    let files = all_area_files(&r, &offers);
    let largest = files.iter().map(|(_, j)| j.len()).max().unwrap();
    let municipal_max = files
        .iter()
        .filter(|(p, _)| p.contains("kommune-"))
        .map(|(_, j)| j.len())
        .max()
        .unwrap();
    let total: usize = files.iter().map(|(_, j)| j.len()).sum();
    println!(
        "{} area files, {total} bytes in all; largest municipal {municipal_max}, largest {largest}",
        files.len()
    );
    // The busiest municipality draws 50 offers: 35 KB.
    assert!(municipal_max < 40_000, "{municipal_max}");

    // The bundled data.
    let (r, offers) = bundled();
    let index = Index::new(&offers, &r);
    for area in [municipality("5037"), county("50"), municipality("0301")] {
        let json = AreaExtract::new(area, &r, &offers, &index)
            .unwrap()
            .to_json();
        println!(
            "bundled {}: {} bytes, gzip {}",
            area.path(),
            json.len(),
            gzip(&json)
        );
        assert!(json.len() < 12_000);
    }
}

#[test]
fn problems_in_an_area_file_name_the_field() {
    let (r, offers) = bundled();
    let json = extract(municipality("5037"), &r, &offers).to_json();
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    doc["tilbud"][0]["kontakt"] = serde_json::json!({"epost": "ola@"});
    doc["kommuner"][0]["lat"] = serde_json::json!("63");
    let err = parse_area(&doc.to_string(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"kommuner[0].lat: skal være et tall, men er tekst"#
    );
    // The offers are checked once the municipalities parse.
    doc["kommuner"][0]["lat"] = serde_json::json!(63.7);
    let err = parse_area(&doc.to_string(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"tilbud[0].kontakt.epost: "ola@" er ikke en gyldig e-postadresse"#
    );

    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    doc["omrade"] = serde_json::json!("kommune-5038");
    doc["tilbud"][0]["kommune"] = serde_json::json!("5038");
    let err = parse_area(&doc.to_string(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        [
            r#"omrade: "5038" er ikke et kjent kommunenummer (2024-nummerering)"#,
            r#"tilbud[0].kommune: "5038" er ikke et kjent kommunenummer (2024-nummerering)"#,
        ]
        .join("\n")
    );
    doc["omrade"] = serde_json::json!(5037);
    let err = parse_area(&doc.to_string(), today()).unwrap_err();
    assert_eq!(
        err.as_slice()[0].to_string(),
        "omrade: skal være tekst, men er et tall"
    );
    doc.as_object_mut().unwrap().remove("omrade");
    doc.as_object_mut().unwrap().remove("tilbud");
    let err = parse_area(&doc.to_string(), today()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "omrade: mangler (feltet er påkrevd)\ntilbud: mangler (feltet er påkrevd)"
    );
    assert!(parse_area("[]", today()).is_err());
    assert!(parse_area("{", today()).unwrap_err().is_syntax());
}

#[test]
fn an_area_file_says_how_many_offers_the_country_has() {
    let (r, offers) = bundled();
    let json = extract(municipality("5037"), &r, &offers).to_json();
    assert!(json.starts_with(&format!(
        r#"{{"omrade":"kommune-5037","tilbud_i_alt":{},"#,
        offers.len()
    )));
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let own = doc["tilbud"].as_array().unwrap().len();
    assert!(own > 0);
    for (value, problem) in [
        (
            serde_json::Value::Null,
            "tilbud_i_alt: mangler (feltet er påkrevd)".to_owned(),
        ),
        (
            serde_json::json!("357"),
            "tilbud_i_alt: skal være et heltall, men er tekst".to_owned(),
        ),
        (
            serde_json::json!(-1),
            "tilbud_i_alt: skal være et heltall, men er et tall".to_owned(),
        ),
        (
            serde_json::json!(own - 1),
            format!(
                "tilbud_i_alt: {} er utenfor gyldig område ({own}–{})",
                own - 1,
                u32::MAX
            ),
        ),
    ] {
        doc["tilbud_i_alt"] = value;
        let err = parse_area(&doc.to_string(), today()).unwrap_err();
        assert_eq!(err.to_string(), problem);
    }
    doc["tilbud_i_alt"] = serde_json::json!(own);
    assert_eq!(parse_area(&doc.to_string(), today()).unwrap().total, own);
}
