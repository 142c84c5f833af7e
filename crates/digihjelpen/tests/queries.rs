//! Folding, search, filters, nearest, coverage, postcodes and staleness.

mod common;

use common::{registry, today};
use digihjelpen::{
    parse_offers, synthetic, text::fold, Coverage, CoverageKind, Date, Field, Filter, Format,
    Index, Language, Point, Postcodes, Precision, Rank, TargetGroup, VenueKind,
};

#[test]
fn folding_finds_norwegian_and_sami_names() {
    let r = registry();
    assert_eq!(r.search("tromso")[0].name(), "Tromsø");
    assert_eq!(r.search("TROMSØ")[0].name(), "Tromsø");
    assert_eq!(r.search("alesund")[0].name(), "Ålesund");
    assert_eq!(r.search("karasjok")[0].name(), "Kárášjohka - Karasjok");
    assert_eq!(r.search("karasjohka")[0].name(), "Kárášjohka - Karasjok");
    assert_eq!(r.search("baerum")[0].name(), "Bærum");
    assert_eq!(
        r.search("guovdageaidnu")[0].name(),
        "Guovdageaidnu - Kautokeino"
    );
    assert!(r.search("").is_empty());
}

#[test]
fn keyboard_spellings_without_aa_oe_letters_find_the_name() {
    let r = registry();
    assert_eq!(r.search("Aalesund")[0].name(), "Ålesund");
    assert_eq!(r.search("Tromsoe")[0].name(), "Tromsø");
    assert_eq!(r.search("Baerum")[0].name(), "Bærum");
    assert_eq!(r.search("Roeyrvik")[0].name(), "Raarvihke - Røyrvik");
    // The Southern Sámi spellings with aa are found however they are typed.
    assert_eq!(r.search("Snaase")[0].name(), "Snåase - Snåsa");
    assert_eq!(r.search("Snåase")[0].name(), "Snåase - Snåsa");
    assert_eq!(r.search("Aarborte")[0].name(), "Aarborte - Hattfjelldal");
}

#[test]
fn municipalities_of_the_same_name_are_labelled_with_their_county() {
    let r = registry();
    let labels = |name: &str| {
        let mut out: Vec<String> = r
            .search(name)
            .iter()
            .filter(|m| m.name() == name)
            .filter_map(|m| r.label(m.number()))
            .collect();
        out.sort();
        out
    };
    assert_eq!(
        labels("Herøy"),
        ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"]
    );
    assert_eq!(labels("Våler"), ["Våler (Innlandet)", "Våler (Østfold)"]);
    // A name of its own needs no county.
    assert_eq!(labels("Levanger"), ["Levanger"]);
    assert_eq!(r.label("9999".parse().unwrap()), None);
}

#[test]
fn municipality_search_ranks_exact_before_prefix_before_substring() {
    let r = registry();
    let names: Vec<&str> = r.search("os").iter().map(|m| m.name_nb()).collect();
    // Exact "Os" is not a 2024 municipality; prefix matches come before substring ones.
    let first_substring = names
        .iter()
        .position(|n| !fold(n).starts_with("os") && !fold(n).contains(" os"));
    let last_prefix = names.iter().rposition(|n| fold(n).starts_with("os"));
    assert!(last_prefix < first_substring, "{names:?}");
    assert_eq!(r.search("oslo")[0].name(), "Oslo");
    // "Nord-Fron": the hyphen folds to a space, so "fron" is a word prefix there.
    assert!(r.search("fron").iter().any(|m| m.name() == "Nord-Fron"));
}

#[test]
fn offer_search_folds_and_ranks() {
    let r = registry();
    let offers = synthetic::offers(&r, 2000, 1);
    let index = Index::new(&offers, &r);
    let hits = index.search("tromso", &Filter::default());
    assert!(!hits.is_empty());
    for h in &hits {
        let o = &offers[h.index];
        assert_eq!(
            r.municipality(o.municipality()).unwrap().name_nb(),
            "Tromsø"
        );
        assert_eq!(
            (h.rank, h.field),
            (Some(Rank::Exact), Some(Field::Municipality))
        );
    }
    // A word of the name: every hit's name contains the word, ranked by field then position.
    let hits = index.search("Syntetisk testtilbud 17 ", &Filter::default());
    assert_eq!(offers[hits[0].index].name().split(' ').nth(2), Some("17"));
    assert_eq!(hits[0].rank, Some(Rank::Prefix));
    // Several words that do not occur together still match.
    let hits = index.search("alesund bibliotek", &Filter::default());
    assert!(hits.iter().all(|h| {
        let o = &offers[h.index];
        o.municipality().to_string() == "1508" && o.venue().kind() == VenueKind::Library
    }));
}

#[test]
fn search_ranks_exact_then_prefix_then_word_prefix_then_substring() {
    use digihjelpen::search::rank;
    let mut ranked = ["vest", "vestby bibliotek", "nord vestland", "sorvest"]
        .into_iter()
        .map(|t| (rank(t, "vest"), t))
        .collect::<Vec<_>>();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    assert_eq!(
        ranked,
        [
            (Some(Rank::Exact), "vest"),
            (Some(Rank::Prefix), "vestby bibliotek"),
            (Some(Rank::WordPrefix), "nord vestland"),
            (Some(Rank::Substring), "sorvest"),
        ]
    );
}

#[test]
fn filters_combine() {
    let r = registry();
    let offers = synthetic::offers(&r, 3000, 2);
    let index = Index::new(&offers, &r);
    let filter = Filter {
        target_groups: vec![TargetGroup::Elderly],
        formats: vec![Format::DropIn, Format::GroupCourse],
        languages: vec!["ar".parse::<Language>().unwrap()],
        venue_kinds: vec![VenueKind::Library, VenueKind::ServiceOffice],
        counties: vec!["50".parse().unwrap(), "03".parse().unwrap()],
        ..Filter::default()
    };
    let by_index = index.filter(&filter);
    let by_matches: Vec<usize> = (0..offers.len())
        .filter(|&i| filter.matches(&offers[i]))
        .collect();
    assert_eq!(by_index, by_matches);
    assert!(!by_index.is_empty() && by_index.len() < offers.len());
    for &i in &by_index {
        let o = &offers[i];
        let tg = o.target_groups();
        assert!(tg.contains(&TargetGroup::Elderly) || tg.contains(&TargetGroup::Everyone));
        assert!(["50", "03"].contains(&o.county().to_string().as_str()));
    }
    let one = Filter {
        municipalities: vec!["5037".parse().unwrap()],
        ..Filter::default()
    };
    assert!(index
        .filter(&one)
        .iter()
        .all(|&i| offers[i].municipality().to_string() == "5037"));
    assert_eq!(
        index.count(&Filter {
            hide_illustrative: true,
            ..Filter::default()
        }),
        0
    );
}

#[test]
fn filter_query_string_round_trips() {
    let f = Filter::from_query(
        "?malgruppe=eldre,innvandrere&form=drop-in&sted=bibliotek&fylke=50&kommune=5037&ekte=1&x=y",
    );
    assert_eq!(Filter::from_query(&f.to_query()), f);
    assert_eq!(
        f.to_query(),
        "malgruppe=eldre,innvandrere&form=drop-in&sted=bibliotek&fylke=50&kommune=5037&ekte=1"
    );
    assert!(Filter::from_query("malgruppe=ukjent").is_empty());
}

#[test]
fn nearest_offers_with_distances() {
    let r = registry();
    let offers = parse_offers(common::TILBUD, &r, today()).unwrap();
    let index = Index::new(&offers, &r);
    // Verdal's point: Verdal first (0 km), then Levanger.
    let verdal = r.get("5038").unwrap().point();
    let near = index.nearest(verdal, 2, &Filter::default());
    assert_eq!(near.len(), 2);
    assert_eq!(offers[near[0].index].id().as_str(), "verdal-servicekontor");
    assert_eq!(near[0].km, 0.0);
    assert_eq!(
        offers[near[1].index].id().as_str(),
        "levanger-servicekontor"
    );
    assert_eq!(near[1].km.round(), 39.0);
    assert_eq!(near[1].precision, Precision::Municipality);
    // Everything, sorted by distance.
    let all = index.nearest(Point::new(59.91, 10.75).unwrap(), 100, &Filter::default());
    assert_eq!(all.len(), offers.len());
    assert!(all.windows(2).all(|w| w[0].km <= w[1].km));
    assert!(index.nearest(verdal, 0, &Filter::default()).is_empty());
}

#[test]
fn haversine_distance() {
    let oslo = Point::new(59.9139, 10.7522).unwrap();
    let tromso = Point::new(69.6492, 18.9553).unwrap();
    // Cross-checked with an independent haversine implementation: 1147.78 km.
    assert_eq!(oslo.distance_km(tromso).round(), 1148.0);
    assert_eq!(oslo.distance_km(oslo), 0.0);
}

#[test]
fn coverage_per_county_and_nationally() {
    let r = registry();
    let offers = parse_offers(common::TILBUD, &r, today()).unwrap();
    let c = Coverage::new(&r, &offers);
    assert_eq!(c.municipalities(), 357);
    // Every bundled offer is an example from the 2018 report: none is coverage.
    assert_eq!(c.covered(), 0);
    assert_eq!(c.examples_only(), 8);
    assert_eq!(
        (c.offers(), c.example_offers(), c.confirmed_offers()),
        (8, 8, 0)
    );
    let trondelag = c
        .counties()
        .iter()
        .find(|cc| cc.county.to_string() == "50")
        .unwrap();
    assert_eq!(
        (trondelag.covered, trondelag.examples_only, trondelag.offers),
        (0, 2, 2)
    );
    assert_eq!(
        c.counties()
            .iter()
            .map(|cc| cc.municipalities)
            .sum::<usize>(),
        357
    );
    assert_eq!(
        c.counties()
            .iter()
            .map(|cc| cc.examples_only)
            .sum::<usize>(),
        8
    );
    assert!(!c.is_covered("3907".parse().unwrap()));
    assert_eq!(c.kind("3907".parse().unwrap()), CoverageKind::ExamplesOnly);
    assert_eq!(c.kind("1101".parse().unwrap()), CoverageKind::None);
    assert_eq!(c.municipalities_with_offers().count(), 8);
}

#[test]
fn a_confirmed_offer_counts_and_an_example_beside_it_does_not() {
    let r = registry();
    let mut offers = parse_offers(common::TILBUD, &r, today()).unwrap();
    // The first bundled offer (Sandefjord) becomes a confirmed one; a second, illustrative
    // copy in Sandefjord changes nothing; Levanger's example stays an example.
    let json = common::TILBUD.replacen("\"illustrativ\": true", "\"illustrativ\": false", 1);
    let confirmed = parse_offers(&json, &r, today()).unwrap().remove(0);
    assert!(!confirmed.is_illustrative());
    let example = offers[0].clone();
    offers[0] = confirmed;
    offers.push(example);
    let c = Coverage::new(&r, &offers);
    let sandefjord = "3907".parse().unwrap();
    assert_eq!(c.kind(sandefjord), CoverageKind::Confirmed);
    assert!(c.is_covered(sandefjord));
    assert_eq!(c.kind("5037".parse().unwrap()), CoverageKind::ExamplesOnly);
    assert_eq!((c.covered(), c.examples_only()), (1, 7));
    assert_eq!(
        (c.offers(), c.example_offers(), c.confirmed_offers()),
        (9, 8, 1)
    );
    let vestfold = c.counties().iter().find(|cc| cc.county.to_string() == "39");
    let vestfold = vestfold.unwrap();
    // Vestfold: Sandefjord (confirmed + example) and Holmestrand (example).
    assert_eq!(
        (vestfold.covered, vestfold.examples_only, vestfold.offers),
        (1, 1, 3)
    );
    assert_eq!(vestfold.confirmed_offers(), 1);
    assert_eq!(c.covered_municipalities().collect::<Vec<_>>(), [sandefjord]);
    assert_eq!(c.municipalities_with_offers().count(), 8);
    assert!((c.share() - 1.0 / 357.0).abs() < 1e-12);
}

#[test]
fn postcode_to_municipality() {
    let r = registry();
    let p = Postcodes::from_json(common::POSTNUMMER, &r).unwrap();
    assert!(p.len() > 5000);
    assert_eq!(p.municipality("7600").unwrap().to_string(), "5037");
    assert_eq!(p.lookup(" 7600 ").unwrap().place, "Levanger");
    assert_eq!(p.municipality("0001").unwrap().to_string(), "0301");
    assert!(p.lookup("0000").is_none());
}

#[test]
fn staleness_after_twelve_months() {
    let r = registry();
    let offers = synthetic::offers(&r, 500, 3);
    let today = Date::from_ymd(2026, 1, 15).unwrap();
    for o in &offers {
        let cutoff = Date::from_ymd(2025, 1, 15).unwrap();
        assert_eq!(
            o.is_stale(today),
            o.last_verified() < cutoff,
            "{}",
            o.last_verified()
        );
    }
    assert!(offers.iter().any(|o| o.is_stale(today)));
    assert!(offers.iter().any(|o| !o.is_stale(today)));
}

#[test]
fn synthetic_offers_round_trip_through_json() {
    let r = registry();
    let offers = synthetic::offers(&r, 300, 9);
    let json = digihjelpen::offers_to_json(&offers);
    let parsed = parse_offers(&json, &r, today()).unwrap();
    assert_eq!(parsed, offers);
    assert!(parsed.iter().any(|o| o.position().1 == Precision::Exact));
    assert!(parsed
        .iter()
        .any(|o| o.position().1 == Precision::Municipality));
}

/// The index agrees with a brute-force ranking of every field.
#[test]
fn index_search_matches_brute_force() {
    use digihjelpen::search::rank;
    let r = registry();
    let offers = synthetic::offers(&r, 1500, 4);
    let index = Index::new(&offers, &r);
    for q in [
        "b",
        "bib",
        "tromso",
        "syntetisk",
        "1",
        "17",
        "ale",
        "sund",
        "x",
        "bibliotek",
        "karasjok",
        "i",
        "senter",
    ] {
        let mut expected: Vec<(usize, Rank, Field)> = offers
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let m = r.municipality(o.municipality()).unwrap();
                let county = r.county(m.county()).unwrap();
                let mut areas: Vec<String> = m.folded_names().to_vec();
                areas.extend(county.name().split(" - ").map(fold));
                let place = [
                    o.venue().name(),
                    o.venue().address(),
                    Some(o.venue().kind().label_nb()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
                [
                    (rank(&fold(o.name()), q), Field::Name),
                    (
                        areas.iter().filter_map(|a| rank(a, q)).max(),
                        Field::Municipality,
                    ),
                    (rank(&fold(&place), q), Field::Place),
                    (
                        rank(&fold(o.description().unwrap_or("")), q),
                        Field::Description,
                    ),
                ]
                .into_iter()
                .filter_map(|(r, f)| r.map(|r| (r, f)))
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                .map(|(r, f)| (i, r, f))
            })
            .collect();
        expected.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
        let got: Vec<(usize, Rank, Field)> = index
            .search(q, &Filter::default())
            .into_iter()
            .map(|h| (h.index, h.rank.unwrap(), h.field.unwrap()))
            .collect();
        assert_eq!(got, expected, "query {q:?}");
    }
}

/// `nearest` agrees with sorting every offer by haversine distance.
#[test]
fn nearest_matches_brute_force() {
    let r = registry();
    let offers = synthetic::offers(&r, 2000, 5);
    let index = Index::new(&offers, &r);
    for (lat, lon) in [
        (59.91, 10.75),
        (69.65, 18.96),
        (58.15, 7.99),
        (70.99, 25.97),
    ] {
        let p = Point::new(lat, lon).unwrap();
        let mut expected: Vec<(f64, usize)> = offers
            .iter()
            .enumerate()
            .map(|(i, o)| (p.distance_km(o.position().0), i))
            .collect();
        expected.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let got = index.nearest(p, 25, &Filter::default());
        let got_km: Vec<f64> = got.iter().map(|n| n.km).collect();
        let expected_km: Vec<f64> = expected[..25].iter().map(|e| e.0).collect();
        assert_eq!(got_km, expected_km, "at {lat}, {lon}");
    }
}
