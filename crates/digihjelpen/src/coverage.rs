//! Coverage: which municipalities have at least one offer, per county and nationally.

use std::collections::BTreeSet;

use crate::municipality::{CountyNumber, MunicipalityNumber};
use crate::offer::Offer;
use crate::registry::Registry;

/// Coverage of one county.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountyCoverage {
    /// The county.
    pub county: CountyNumber,
    /// Municipalities in the county.
    pub municipalities: usize,
    /// Municipalities with at least one offer.
    pub covered: usize,
    /// Offers in the county.
    pub offers: usize,
}

impl CountyCoverage {
    /// Covered share, 0.0–1.0.
    pub fn share(&self) -> f64 {
        share(self.covered, self.municipalities)
    }
}

/// Which municipalities have at least one offer.
///
/// # Example
/// ```
/// # use digihjelpen::{parse_offers, Coverage, Date, Registry};
/// # let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
/// # let today = Date::from_ymd(2026, 11, 22).unwrap();
/// # let offers = parse_offers(include_str!("../../../public/data/tilbud.json"), &registry, today).unwrap();
/// let coverage = Coverage::new(&registry, &offers);
/// assert_eq!(coverage.municipalities(), 357);
/// assert!(coverage.is_covered("5037".parse().unwrap()));
/// assert_eq!(coverage.counties().len(), 15);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    covered: BTreeSet<MunicipalityNumber>,
    total: usize,
    offers: usize,
    counties: Vec<CountyCoverage>,
}

impl Coverage {
    /// Computes coverage of the registry's municipalities by the given offers (offers in
    /// municipalities not in the registry are ignored).
    pub fn new<'a>(registry: &Registry, offers: impl IntoIterator<Item = &'a Offer>) -> Coverage {
        let mut covered = BTreeSet::new();
        let mut count = 0;
        let mut per_county_offers = std::collections::BTreeMap::new();
        for o in offers {
            if registry.municipality(o.municipality()).is_some() {
                covered.insert(o.municipality());
                *per_county_offers.entry(o.county()).or_insert(0) += 1;
                count += 1;
            }
        }
        let counties = registry
            .counties()
            .iter()
            .map(|c| {
                let in_county: Vec<_> = registry.municipalities_in(c.number()).collect();
                CountyCoverage {
                    county: c.number(),
                    municipalities: in_county.len(),
                    covered: in_county
                        .iter()
                        .filter(|m| covered.contains(&m.number()))
                        .count(),
                    offers: per_county_offers.get(&c.number()).copied().unwrap_or(0),
                }
            })
            .collect();
        Coverage {
            covered,
            total: registry.len(),
            offers: count,
            counties,
        }
    }

    /// Number of municipalities in the registry.
    pub fn municipalities(&self) -> usize {
        self.total
    }

    /// Number of municipalities with at least one offer.
    pub fn covered(&self) -> usize {
        self.covered.len()
    }

    /// Number of offers counted.
    pub fn offers(&self) -> usize {
        self.offers
    }

    /// Covered share nationally, 0.0–1.0.
    pub fn share(&self) -> f64 {
        share(self.covered.len(), self.total)
    }

    /// True when the municipality has at least one offer.
    pub fn is_covered(&self, number: MunicipalityNumber) -> bool {
        self.covered.contains(&number)
    }

    /// The covered municipalities, by number.
    pub fn covered_municipalities(&self) -> impl Iterator<Item = MunicipalityNumber> + '_ {
        self.covered.iter().copied()
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
