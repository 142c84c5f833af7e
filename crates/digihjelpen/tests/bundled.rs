//! The data files shipped in `public/data/` parse cleanly.

mod common;

use digihjelpen::{parse_offers, Precision};

#[test]
fn kommuner_parses() {
    let r = common::registry();
    assert_eq!(r.len(), 357);
    assert_eq!(r.counties().len(), 15);
    for (nr, name) in [
        ("3907", "Sandefjord"),
        ("5037", "Levanger"),
        ("5038", "Verdal"),
        ("3903", "Holmestrand"),
        ("3103", "Moss"),
        ("3101", "Halden"),
        ("4601", "Bergen"),
        ("0301", "Oslo"),
    ] {
        assert_eq!(r.get(nr).map(|m| m.name()), Some(name), "{nr}");
    }
}

#[test]
fn tilbud_parses() {
    let r = common::registry();
    let offers = match parse_offers(common::TILBUD, &r, common::today()) {
        Ok(o) => o,
        Err(e) => panic!("tilbud.json:\n{e}"),
    };
    assert!(offers.len() >= 8);
    for o in &offers {
        assert!(o.is_illustrative(), "{}", o.id());
        assert!(o.source().is_some(), "{}", o.id());
        // The report gives no positions: every one uses its municipality's point.
        assert_eq!(o.position().1, Precision::Municipality);
        // Verified at the report's date, so stale now.
        assert!(o.is_stale(common::today()));
        // The report gives no contact details; none are invented.
        assert!(o.contact().is_empty(), "{}", o.id());
    }
}

#[test]
fn postnummer_parses() {
    let p = digihjelpen::Postcodes::from_json(common::POSTNUMMER, &common::registry()).unwrap();
    assert_eq!(p.len(), 5132);
}

fn public_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public")
}

/// `handbok.json` and `ressurser.json` are written by the content editors; check them when
/// they exist.
#[test]
fn handbook_parses_if_present() {
    let path = public_dir().join("data/handbok.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    let handbook = match digihjelpen::parse_handbook(&text, &common::registry()) {
        Ok(h) => h,
        Err(e) => panic!("handbok.json:\n{e}"),
    };
    for module in handbook.modules() {
        for page in module.pages() {
            let files = std::iter::once(page.file()).chain(page.template().map(|t| t.file()));
            for file in files {
                assert!(
                    public_dir().join(file).is_file(),
                    "{}/{}: {file} missing",
                    module.slug(),
                    page.slug()
                );
            }
        }
    }
}

#[test]
fn resources_parse_if_present() {
    let path = public_dir().join("data/ressurser.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    if let Err(e) = digihjelpen::parse_resources(&text) {
        panic!("ressurser.json:\n{e}");
    }
}

/// The coverage map's boundaries name exactly the registry's municipalities.
#[test]
fn kommunegrenser_match_the_registry() {
    let text = std::fs::read_to_string(public_dir().join("data/kommunegrenser.geojson")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut numbers: Vec<String> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            assert_eq!(f["geometry"]["type"], "MultiPolygon");
            f["properties"]["kommunenummer"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    numbers.sort();
    let registry = common::registry();
    let expected: Vec<String> = registry
        .municipalities()
        .iter()
        .map(|m| m.number().to_string())
        .collect();
    assert_eq!(numbers, expected);
}
