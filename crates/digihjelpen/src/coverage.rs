//! Coverage: which municipalities have a confirmed offer, per county and nationally.
//!
//! The one rule: an offer flagged `illustrativ` (an example, such as those copied from the
//! 2018 report) is not coverage. A municipality is **confirmed** ([`CoverageKind::Confirmed`])
//! when at least one of its offers is not illustrative, **examples only**
//! ([`CoverageKind::ExamplesOnly`]) when it has offers and every one is an example, and
//! otherwise has none. `/status`, the front page, the map's colours and the CLI's `stats` all
//! count with this type.

use std::collections::{BTreeMap, BTreeSet};

use crate::municipality::{CountyNumber, MunicipalityNumber};
use crate::offer::Offer;
use crate::registry::Registry;

/// What a municipality has, for coverage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CoverageKind {
    /// At least one offer that is not an example.
    Confirmed,
    /// Offers, all of them examples (`illustrativ`).
    ExamplesOnly,
    /// No offer at all.
    None,
}

/// Coverage of one county.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyCoverage {
    /// The county.
    pub county: CountyNumber,
    /// Municipalities in the county.
    pub municipalities: usize,
    /// Municipalities with at least one confirmed (not illustrative) offer.
    pub covered: usize,
    /// Municipalities whose offers are all examples.
    pub examples_only: usize,
    /// Offers in the county, examples included.
    pub offers: usize,
    /// Of [`CountyCoverage::offers`], the examples.
    pub example_offers: usize,
}

impl CountyCoverage {
    /// Covered (confirmed) share, 0.0–1.0.
    pub fn share(&self) -> f64 {
        share(self.covered, self.municipalities)
    }

    /// Offers that are not examples.
    pub fn confirmed_offers(&self) -> usize {
        self.offers - self.example_offers
    }
}

/// Which municipalities have a confirmed offer, and which only examples.
///
/// # Example
/// ```
/// # use digihjelpen::{parse_offers, Coverage, CoverageKind, Date, Registry};
/// # let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
/// # let today = Date::from_ymd(2026, 11, 22).unwrap();
/// # let offers = parse_offers(include_str!("../../../public/data/tilbud.json"), &registry, today).unwrap();
/// let coverage = Coverage::new(&registry, &offers);
/// assert_eq!(coverage.municipalities(), 357);
/// // Every bundled offer is an example from the 2018 report: none counts as coverage.
/// assert_eq!(coverage.covered(), 0);
/// assert_eq!(coverage.example_offers(), 8);
/// assert_eq!(coverage.kind("5037".parse().unwrap()), CoverageKind::ExamplesOnly);
/// assert_eq!(coverage.counties().len(), 15);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    confirmed: BTreeSet<MunicipalityNumber>,
    examples_only: BTreeSet<MunicipalityNumber>,
    total: usize,
    offers: usize,
    example_offers: usize,
    counties: Vec<CountyCoverage>,
}

impl Coverage {
    /// Computes coverage of the registry's municipalities by the given offers (offers in
    /// municipalities not in the registry are ignored).
    pub fn new<'a>(registry: &Registry, offers: impl IntoIterator<Item = &'a Offer>) -> Coverage {
        let mut confirmed = BTreeSet::new();
        let mut with_examples = BTreeSet::new();
        let (mut count, mut examples) = (0, 0);
        // County → (offers, example offers).
        let mut per_county: BTreeMap<CountyNumber, (usize, usize)> = BTreeMap::new();
        for o in offers {
            if registry.municipality(o.municipality()).is_none() {
                continue;
            }
            let entry = per_county.entry(o.county()).or_default();
            entry.0 += 1;
            count += 1;
            if o.is_illustrative() {
                with_examples.insert(o.municipality());
                entry.1 += 1;
                examples += 1;
            } else {
                confirmed.insert(o.municipality());
            }
        }
        let examples_only: BTreeSet<_> = with_examples.difference(&confirmed).copied().collect();
        let counties = registry
            .counties()
            .iter()
            .map(|c| {
                let in_county: Vec<_> = registry.municipalities_in(c.number()).collect();
                let (offers, example_offers) =
                    per_county.get(&c.number()).copied().unwrap_or_default();
                let count = |set: &BTreeSet<MunicipalityNumber>| {
                    in_county
                        .iter()
                        .filter(|m| set.contains(&m.number()))
                        .count()
                };
                CountyCoverage {
                    county: c.number(),
                    municipalities: in_county.len(),
                    covered: count(&confirmed),
                    examples_only: count(&examples_only),
                    offers,
                    example_offers,
                }
            })
            .collect();
        Coverage {
            confirmed,
            examples_only,
            total: registry.len(),
            offers: count,
            example_offers: examples,
            counties,
        }
    }

    /// Number of municipalities in the registry.
    pub fn municipalities(&self) -> usize {
        self.total
    }

    /// Number of municipalities with at least one confirmed offer.
    pub fn covered(&self) -> usize {
        self.confirmed.len()
    }

    /// Number of municipalities whose offers are all examples.
    pub fn examples_only(&self) -> usize {
        self.examples_only.len()
    }

    /// Number of offers counted, examples included.
    pub fn offers(&self) -> usize {
        self.offers
    }

    /// Of [`Coverage::offers`], the examples (`illustrativ`).
    pub fn example_offers(&self) -> usize {
        self.example_offers
    }

    /// Offers that are not examples.
    pub fn confirmed_offers(&self) -> usize {
        self.offers - self.example_offers
    }

    /// Covered (confirmed) share nationally, 0.0–1.0.
    pub fn share(&self) -> f64 {
        share(self.confirmed.len(), self.total)
    }

    /// True when the municipality has at least one confirmed offer.
    pub fn is_covered(&self, number: MunicipalityNumber) -> bool {
        self.confirmed.contains(&number)
    }

    /// What the municipality has: a confirmed offer, only examples, or nothing.
    pub fn kind(&self, number: MunicipalityNumber) -> CoverageKind {
        if self.confirmed.contains(&number) {
            CoverageKind::Confirmed
        } else if self.examples_only.contains(&number) {
            CoverageKind::ExamplesOnly
        } else {
            CoverageKind::None
        }
    }

    /// The municipalities with a confirmed offer, by number.
    pub fn covered_municipalities(&self) -> impl Iterator<Item = MunicipalityNumber> + '_ {
        self.confirmed.iter().copied()
    }

    /// Every municipality with an offer of any kind (examples too), by number.
    pub fn municipalities_with_offers(&self) -> impl Iterator<Item = MunicipalityNumber> + '_ {
        let mut all: Vec<_> = self.confirmed.union(&self.examples_only).copied().collect();
        all.sort();
        all.into_iter()
    }

    /// Per county, in the registry's county order.
    pub fn counties(&self) -> &[CountyCoverage] {
        &self.counties
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
