//! A deterministic generator of clearly synthetic offers, for tests and benchmarks only.
//!
//! Every generated offer is marked illustrative, is named "Syntetisk testtilbud …", has no
//! contact details, and lies in a real municipality near its representative point. The same
//! seed always gives the same offers (SplitMix64; no `rand` dependency).

use crate::date::Date;
use crate::geo::Point;
use crate::language::Language;
use crate::offer::kinds::{
    DeliveredBy, Format, Organisation, Partner, Staffing, VenueKind, Weekday,
};
use crate::offer::{Accessibility, Contact, Offer, OfferId, Venue};
use crate::offer::{OpeningHours, Slot, Time};
use crate::registry::Registry;
use crate::target_group::TargetGroup;
use crate::topic::Topic;

/// SplitMix64: a tiny, good-enough deterministic generator.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// 1..=max distinct items, in `items` order.
    fn some<T: Copy + PartialEq>(&mut self, items: &[T], max: usize) -> Vec<T> {
        let n = 1 + self.below(max.min(items.len()));
        let mut chosen: Vec<T> = Vec::with_capacity(n);
        while chosen.len() < n {
            let v = self.pick(items);
            if !chosen.contains(&v) {
                chosen.push(v);
            }
        }
        items
            .iter()
            .copied()
            .filter(|v| chosen.contains(v))
            .collect()
    }
}

const LANGUAGES: &[&str] = &["nb", "nn", "se", "en", "ar", "so", "ti", "ur", "pl", "uk"];

/// Generates `count` synthetic offers over the registry's municipalities.
///
/// `sist_verifisert` dates fall in 2023–2025, so the offers parse for any `today` from
/// 2026 on, and some of them are stale.
///
/// # Example
/// ```
/// # let registry = digihjelpen::Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
/// let offers = digihjelpen::synthetic::offers(&registry, 100, 7);
/// assert_eq!(offers.len(), 100);
/// assert!(offers.iter().all(|o| o.is_illustrative() && o.name().starts_with("Syntetisk testtilbud")));
/// assert_eq!(offers, digihjelpen::synthetic::offers(&registry, 100, 7));
/// ```
pub fn offers(registry: &Registry, count: usize, seed: u64) -> Vec<Offer> {
    let mut rng = SplitMix64::new(seed);
    let municipalities = registry.municipalities();
    if municipalities.is_empty() {
        return Vec::new();
    }
    let languages: Vec<Language> = LANGUAGES.iter().filter_map(|c| c.parse().ok()).collect();
    (0..count)
        .map(|i| {
            let m = &municipalities[rng.below(municipalities.len())];
            let kind = rng.pick(VenueKind::ALL);
            let position = rng.chance(0.7).then(|| near(&mut rng, m.point(), m.radius_km().min(8.0)));
            let mut langs = vec![Language::BOKMAL];
            if rng.chance(0.3) {
                langs.extend(rng.some(&languages[1..], 2));
            }
            Offer {
                id: format!("syntetisk-{seed}-{i}").parse::<OfferId>().expect("valid slug"),
                municipality: m.number(),
                name: format!("Syntetisk testtilbud {} i {}", i + 1, m.name_nb()),
                description: Some(format!(
                    "Syntetisk testtilbud generert for tester og ytelsesmålinger ({}). Ikke et ekte tilbud.",
                    kind.label_nb().to_lowercase()
                )),
                venue: Venue {
                    kind,
                    name: Some(format!("Syntetisk {} {}", kind.label_nb().to_lowercase(), i + 1)),
                    address: None,
                    position,
                },
                municipality_point: m.point(),
                organisation: rng.chance(0.8).then(|| rng.pick(Organisation::ALL)),
                topics: rng.some(Topic::ALL, 3),
                formats: rng.some(Format::ALL, 3),
                target_groups: rng.some(TargetGroup::ALL, 3),
                languages: langs,
                anchoring: None,
                delivered_by: rng.chance(0.6).then(|| rng.pick(DeliveredBy::ALL)),
                staffing: rng.chance(0.4).then(|| rng.pick(Staffing::ALL)),
                partners: if rng.chance(0.5) { rng.some(Partner::ALL, 3) } else { Vec::new() },
                opening_hours: rng.chance(0.6).then(|| hours(&mut rng)),
                bring_own_device: rng.chance(0.5).then(|| rng.chance(0.8)),
                accessibility: Accessibility {
                    step_free: rng.chance(0.5).then(|| rng.chance(0.8)),
                    hearing_loop: rng.chance(0.3).then(|| rng.chance(0.5)),
                },
                contact: Contact::default(),
                last_verified: date(&mut rng),
                source: Some(format!("Syntetiske testdata (seed {seed})")),
                illustrative: true,
            }
        })
        .collect()
}

/// A point within `km` of `center`, kept inside Norway.
fn near(rng: &mut SplitMix64, center: Point, km: f64) -> Point {
    let d = rng.unit() * km;
    let angle = rng.unit() * std::f64::consts::TAU;
    let dlat = d * angle.cos() / 111.2;
    let dlon = d * angle.sin() / (111.2 * center.lat().to_radians().cos());
    let round = |x: f64| (x * 1e5).round() / 1e5;
    Point::new(round(center.lat() + dlat), round(center.lon() + dlon)).unwrap_or(center)
}

fn hours(rng: &mut SplitMix64) -> OpeningHours {
    let days = rng.some(&Weekday::ALL[..5], 3);
    let slots = days
        .into_iter()
        .filter_map(|day| {
            let from = 9 + rng.below(4) as u8;
            let to = from + 2 + rng.below(4) as u8;
            Slot::new(day, Time::from_hm(from, 0)?, Time::from_hm(to, 30)?)
        })
        .collect();
    OpeningHours {
        slots,
        by_appointment: rng.chance(0.3),
        note: None,
    }
}

fn date(rng: &mut SplitMix64) -> Date {
    let year = 2023 + rng.below(3) as u16;
    let month = 1 + rng.below(12) as u8;
    let day = 1 + rng.below(28) as u8;
    Date::from_ymd(year, month, day).unwrap_or(Date::from_ymd(2024, 1, 1).expect("valid"))
}
