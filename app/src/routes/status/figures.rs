//! The page's figures, computed once from the domain crate's [`Coverage`](digihjelpen::Coverage)
//! and [`Offer::is_stale`], and the same figures as CSV.

use digihjelpen::csv::{Cell, Csv};
use digihjelpen::{CoverageKind, Date, Format, Offer, TargetGroup, VenueKind};

use crate::data::Catalog;
use crate::i18n::status::StatusStrings;

/// One county: number ("50"), name, municipalities, covered (confirmed), with examples
/// only, share (0–1), offers, of them examples.
#[derive(Clone, Debug, PartialEq)]
pub struct CountyRow {
    pub number: String,
    pub name: String,
    pub municipalities: usize,
    pub covered: usize,
    pub examples_only: usize,
    pub share: f64,
    pub offers: usize,
    pub example_offers: usize,
}

/// A count of offers for one vocabulary value: slug, label, count.
pub type Tally = (&'static str, &'static str, usize);

/// "12,5 %" (one decimal, Norwegian comma).
pub fn percent(share: f64) -> String {
    format!("{:.1} %", percent_value(share)).replace('.', ",")
}

/// The share as a percentage rounded to one decimal, as the CLI's `stats` rounds it.
pub fn percent_value(share: f64) -> f64 {
    (share * 1000.0).round() / 10.0
}

/// One row per county, in the registry's order.
pub fn county_rows(catalog: &Catalog) -> Vec<CountyRow> {
    catalog
        .coverage
        .counties()
        .iter()
        .map(|c| CountyRow {
            number: format!("{:02}", c.county.get()),
            name: catalog
                .registry
                .county(c.county)
                .map(|x| x.name_nb().to_owned())
                .unwrap_or_default(),
            municipalities: c.municipalities,
            covered: c.covered,
            examples_only: c.examples_only,
            share: c.share(),
            offers: c.offers,
            example_offers: c.example_offers,
        })
        .collect()
}

fn tally<T: Copy>(
    offers: &[Offer],
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
    has: impl Fn(&Offer, T) -> bool,
) -> Vec<Tally> {
    all.iter()
        .map(|&v| {
            (
                slug(v),
                label(v),
                offers.iter().filter(|o| has(o, v)).count(),
            )
        })
        .collect()
}

/// Offers per venue kind.
pub fn by_venue(offers: &[Offer]) -> Vec<Tally> {
    tally(
        offers,
        VenueKind::ALL,
        VenueKind::slug,
        VenueKind::label_nb,
        |o, v| o.venue().kind() == v,
    )
}

/// Offers per format (an offer can have several).
pub fn by_format(offers: &[Offer]) -> Vec<Tally> {
    tally(
        offers,
        Format::ALL,
        Format::slug,
        Format::label_nb,
        |o, v| o.formats().contains(&v),
    )
}

/// Offers per target group (an offer can have several).
pub fn by_target_group(offers: &[Offer]) -> Vec<Tally> {
    tally(
        offers,
        TargetGroup::ALL,
        TargetGroup::slug,
        TargetGroup::label_nb,
        |o, v| o.target_groups().contains(&v),
    )
}

/// The offers not verified in the last 12 months.
pub fn stale(catalog: &Catalog, today: Date) -> Vec<&Offer> {
    catalog
        .offers
        .iter()
        .filter(|o| o.is_stale(today))
        .collect()
}

/// The CSV header.
const CSV_HEADER: [&str; 10] = [
    "del",
    "nøkkel",
    "navn",
    "kommuner",
    "kommuner_med_tilbud",
    "andel_prosent",
    "tilbud",
    "sist_bekreftet",
    "kommuner_bare_eksempler",
    "eksempler",
];

/// Everything on the page as CSV, one `del` (part) per section of the page, written by the
/// domain crate's [`Csv`] (RFC 4180, CRLF line ends, formulas in names defused). Prepend a
/// BOM for Excel when offering it as a file.
pub fn csv(catalog: &Catalog, today: Date, t: &StatusStrings) -> String {
    let c = &catalog.coverage;
    let mut csv = Csv::new(&CSV_HEADER);
    let empty = || Cell::Text("");
    csv.row([
        Cell::from("landet"),
        Cell::from("NO"),
        Cell::from("Hele landet"),
        Cell::from(c.municipalities()),
        Cell::from(c.covered()),
        Cell::from(percent_value(c.share())),
        Cell::from(c.offers()),
        empty(),
        Cell::from(c.examples_only()),
        Cell::from(c.example_offers()),
    ]);
    for r in county_rows(catalog) {
        csv.row([
            Cell::from("fylke"),
            Cell::from(&r.number),
            Cell::from(&r.name),
            Cell::from(r.municipalities),
            Cell::from(r.covered),
            Cell::from(percent_value(r.share)),
            Cell::from(r.offers),
            empty(),
            Cell::from(r.examples_only),
            Cell::from(r.example_offers),
        ]);
    }
    for m in catalog
        .registry
        .municipalities()
        .iter()
        .filter(|m| !c.is_covered(m.number()))
    {
        let number = m.number().to_string();
        let examples = usize::from(c.kind(m.number()) == CoverageKind::ExamplesOnly);
        let example_offers = catalog
            .offers
            .iter()
            .filter(|o| o.municipality() == m.number())
            .count();
        csv.row([
            Cell::from("uten_tilbud"),
            Cell::from(&number),
            Cell::from(m.name()),
            Cell::from(1_usize),
            Cell::from(0_usize),
            Cell::from(0_usize),
            Cell::from(example_offers),
            empty(),
            Cell::from(examples),
            Cell::from(example_offers),
        ]);
    }
    for (part, list) in [
        ("sted", by_venue(&catalog.offers)),
        ("form", by_format(&catalog.offers)),
        ("malgruppe", by_target_group(&catalog.offers)),
    ] {
        for (slug, label, n) in list {
            let (slug, label) = (Cell::from(slug), Cell::from(label));
            csv.row([
                Cell::from(part),
                slug,
                label,
                empty(),
                empty(),
                empty(),
                Cell::from(n),
                empty(),
                empty(),
                empty(),
            ]);
        }
    }
    for o in stale(catalog, today) {
        let (id, verified) = (o.id().to_string(), o.last_verified().to_string());
        csv.row([
            Cell::from("utdatert"),
            Cell::from(&id),
            Cell::from(o.name()),
            empty(),
            empty(),
            empty(),
            Cell::from(1_usize),
            Cell::from(&verified),
            empty(),
            Cell::from(usize::from(o.is_illustrative())),
        ]);
    }
    for (key, label, share) in t.baseline_rows {
        csv.row([
            Cell::from("grunnlag_2017"),
            Cell::from(*key),
            Cell::from(*label),
            Cell::from(103_usize),
            empty(),
            Cell::from(f64::from(*share)),
            empty(),
            empty(),
            empty(),
            empty(),
        ]);
    }
    csv.finish()
}
