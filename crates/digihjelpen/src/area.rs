//! Per-area data files: what the widget (`/embed?kommune=5037`, `/embed?fylke=50`) and the
//! one-municipality views need, in one small file whose size does not grow with the rest of
//! the country.
//!
//! An [`Area`] is one municipality or one county. Its file, `omrade/kommune-5037.json` or
//! `omrade/fylke-50.json` under the data directory ([`Area::path`]), holds an
//! [`AreaExtract`]:
//!
//! - the offers [`Area::select`] shows: the area's own offers, or, for a municipality without
//!   any, the [`NEAREST`] offers nearest to it elsewhere;
//! - the municipalities those offers lie in and the area itself (for a county: all of its
//!   municipalities, so its coverage can be counted from the file), and their counties;
//! - how many offers the whole country's data has (`tilbud_i_alt`), so a view of one area can
//!   say "3 av 357" without downloading the other 354.
//!
//! # Format
//!
//! One JSON object that is at the same time a `kommuner.json` and a `tilbud.json` document,
//! so the same parsers read it ([`Registry::from_json`] and [`parse_offers`] ignore the other
//! file's keys) and every problem has the path it would have in those files
//! (`tilbud[3].kontakt.epost`, `kommuner[0].lat`):
//!
//! ```json
//! {"omrade": "kommune-5037",
//!  "tilbud_i_alt": 357,
//!  "kilde": "…the kilde of kommuner.json…",
//!  "fylker": [{"nummer": "50", "navn": "Trøndelag - Trööndelage", "navn_norsk": "Trøndelag"}],
//!  "kommuner": [{"nummer": "5037", "navn": "Levanger", "fylke": "50", "lat": 63.6582, "lon": 11.2674, "radius_km": 24}],
//!  "tilbud": [{"id": "levanger-servicekontor", "kommune": "5037", …}]}
//! ```
//!
//! Written compact (one line), offers in the order of `tilbud.json`, municipalities by number,
//! counties in the order of `kommuner.json`. `navn_norsk` is left out where it equals `navn`
//! (the parser then uses `navn`, as in `kommuner.json`).
//!
//! Because the file holds exactly what [`Area::select`] picks, the widget's queries give the
//! same answer on the extract as on the whole country's data: run [`Area::select`] on an
//! [`Index`] of the extract.
//!
//! [`parse_offers`]: crate::parse_offers

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;
use serde_json::Value;

use crate::date::Date;
use crate::error::{DataError, ProblemKind, Problems};
use crate::filter::Filter;
use crate::geo::Point;
use crate::municipality::{County, CountyNumber, Municipality, MunicipalityNumber};
use crate::offer::parse::parse_offers_value;
use crate::offer::Offer;
use crate::query::{Index, Near};
use crate::read;
use crate::registry::Registry;

/// How many offers nearest to a place are shown: to a municipality without offers of its own
/// (the widget, `/kart?kommune=…` and its area file), and to a visitor's own position on
/// `/kart`. One number, so that an area file holds exactly what every view of it shows.
pub const NEAREST: usize = 5;

/// The directory of the area files, under the data directory.
pub const DIRECTORY: &str = "omrade";

/// One municipality or one county.
///
/// Written `kommune-5037` or `fylke-50` (`Display` and `FromStr`, the `omrade` field of an
/// area file); its file is [`path`](Self::path).
///
/// # Example
/// ```
/// use digihjelpen::Area;
/// let levanger: Area = "kommune-5037".parse().unwrap();
/// assert_eq!(levanger.path(), "omrade/kommune-5037.json");
/// assert_eq!(Area::from_path("omrade/fylke-50.json").unwrap().to_string(), "fylke-50");
/// let err = "kommune-503".parse::<Area>().unwrap_err();
/// assert_eq!(err.to_string(), r#""503" er ikke et kommunenummer (fire sifre, f.eks. "0301")"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// One municipality (`kommune-5037`).
    Municipality(MunicipalityNumber),
    /// One county (`fylke-50`).
    County(CountyNumber),
}

impl Area {
    /// The area's file, relative to the data directory: `omrade/kommune-5037.json`,
    /// `omrade/fylke-50.json`.
    pub fn path(&self) -> String {
        format!("{DIRECTORY}/{self}.json")
    }

    /// Reads an area file's path as [`path`](Self::path) writes it.
    ///
    /// # Errors
    /// [`ProblemKind::BadArea`] when it is not `omrade/<area>.json` or the area is neither
    /// `kommune-…` nor `fylke-…`; [`ProblemKind::BadMunicipalityNumber`] or
    /// [`ProblemKind::BadCountyNumber`] when the number is malformed.
    pub fn from_path(path: &str) -> Result<Area, ProblemKind> {
        path.strip_prefix(DIRECTORY)
            .and_then(|p| p.strip_prefix('/'))
            .and_then(|p| p.strip_suffix(".json"))
            .ok_or_else(|| ProblemKind::BadArea(path.to_owned()))?
            .parse()
    }

    /// The filter for the area's own offers.
    pub fn filter(&self) -> Filter {
        let mut filter = Filter::default();
        match *self {
            Area::Municipality(n) => filter.municipalities.push(n),
            Area::County(c) => filter.counties.push(c),
        }
        filter
    }

    /// The area's official name (with parallel names), when the registry has it.
    pub fn name<'r>(&self, registry: &'r Registry) -> Option<&'r str> {
        match *self {
            Area::Municipality(n) => registry.municipality(n).map(Municipality::name),
            Area::County(c) => registry.county(c).map(County::name),
        }
    }

    /// The point the area is shown around: a municipality's representative point; for a
    /// county, that of its first municipality by number. `None` when the registry does not
    /// have the area (or, for a county, any of its municipalities).
    pub fn point(&self, registry: &Registry) -> Option<Point> {
        match *self {
            Area::Municipality(n) => registry.municipality(n).map(Municipality::point),
            Area::County(c) => {
                registry.county(c)?;
                registry
                    .municipalities_in(c)
                    .next()
                    .map(Municipality::point)
            }
        }
    }

    /// Which offers the area shows: its own, or — for a municipality that has none — the
    /// [`NEAREST`] nearest ones elsewhere (with their distances). `None` when the registry
    /// does not have the area (see [`point`](Self::point)).
    ///
    /// `index` must have been built with `registry`.
    pub fn select(&self, index: &Index, registry: &Registry) -> Option<Selection> {
        let point = self.point(registry)?;
        let own = index.filter(&self.filter());
        Some(match self {
            Area::Municipality(_) if own.is_empty() => {
                Selection::Nearest(index.nearest(point, NEAREST, &Filter::default()))
            }
            _ => Selection::Own(own),
        })
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Area::Municipality(n) => write!(f, "kommune-{n}"),
            Area::County(c) => write!(f, "fylke-{c}"),
        }
    }
}

impl FromStr for Area {
    type Err = ProblemKind;

    /// Reads `kommune-5037` or `fylke-50`.
    fn from_str(s: &str) -> Result<Area, ProblemKind> {
        if let Some(n) = s.strip_prefix("kommune-") {
            n.parse().map(Area::Municipality)
        } else if let Some(c) = s.strip_prefix("fylke-") {
            c.parse().map(Area::County)
        } else {
            Err(ProblemKind::BadArea(s.to_owned()))
        }
    }
}

impl Serialize for Area {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The offers an area shows ([`Area::select`]), as positions into the offer slice.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    /// The area's own offers, in order (possibly none, for a county).
    Own(Vec<usize>),
    /// A municipality without offers of its own: the offers nearest to it, nearest first.
    Nearest(Vec<Near>),
}

impl Selection {
    /// The positions, in the order shown.
    pub fn indices(&self) -> Vec<usize> {
        match self {
            Selection::Own(own) => own.clone(),
            Selection::Nearest(near) => near.iter().map(|n| n.index).collect(),
        }
    }

    /// Number of offers shown.
    pub fn len(&self) -> usize {
        match self {
            Selection::Own(own) => own.len(),
            Selection::Nearest(near) => near.len(),
        }
    }

    /// True when nothing is shown.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One area's data: the offers it shows and the municipalities and counties they need.
///
/// Build it from the whole country's data with [`new`](Self::new), write it with
/// [`to_json`](Self::to_json), read it back with [`parse_area`].
#[derive(Debug, Clone)]
pub struct AreaExtract {
    /// The area.
    pub area: Area,
    /// The area's municipality (for a county: all its municipalities), those of the offers,
    /// and their counties.
    pub registry: Registry,
    /// The offers [`Area::select`] shows, in the order of the whole data.
    pub offers: Vec<Offer>,
    /// How many offers the whole data has (at least `offers.len()`).
    pub total: usize,
}

impl AreaExtract {
    /// The extract of `area` from the whole country's data; `index` must be
    /// `Index::new(offers, registry)` (build it once for many areas). `None` when the
    /// registry does not have the area.
    pub fn new(
        area: Area,
        registry: &Registry,
        offers: &[Offer],
        index: &Index,
    ) -> Option<AreaExtract> {
        let mut chosen = area.select(index, registry)?.indices();
        chosen.sort_unstable();
        let offers: Vec<Offer> = chosen.iter().map(|&i| offers[i].clone()).collect();
        let needed: BTreeSet<MunicipalityNumber> = offers.iter().map(Offer::municipality).collect();
        let registry = registry.subset(|m| {
            needed.contains(&m.number())
                || match area {
                    Area::Municipality(n) => m.number() == n,
                    Area::County(c) => m.county() == c,
                }
        });
        Some(AreaExtract {
            area,
            registry,
            offers,
            total: index.len(),
        })
    }

    /// The area file (see the [module](self) for the format): compact JSON, one line.
    pub fn to_json(&self) -> String {
        let file = AreaFile {
            omrade: self.area,
            tilbud_i_alt: self.total,
            kilde: self.registry.source(),
            fylker: self.registry.counties(),
            kommuner: self.registry.municipalities(),
            tilbud: &self.offers,
        };
        serde_json::to_string(&file).unwrap_or_default() + "\n"
    }
}

/// The area file, as written.
#[derive(Serialize)]
struct AreaFile<'a> {
    omrade: Area,
    tilbud_i_alt: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    kilde: Option<&'a str>,
    fylker: &'a [County],
    kommuner: &'a [Municipality],
    tilbud: &'a [Offer],
}

/// Parses and validates an area file (`omrade/kommune-5037.json`), with the parsers of
/// `kommuner.json` ([`Registry::from_json`]) and `tilbud.json`
/// ([`parse_offers`](crate::parse_offers)) and their rules.
///
/// # Errors
/// A [`DataError`] listing every problem, each with its JSON path: a missing or malformed
/// `omrade`, an area the file's `kommuner` do not have, and every problem those parsers find
/// (`kommuner[0].lat: …`, `tilbud[3].kontakt.epost: …`). The offers are checked only when the
/// municipalities parse.
///
/// # Example
/// ```
/// use digihjelpen::{parse_area, parse_offers, AreaExtract, Area, Date, Index, Registry};
/// let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json"))?;
/// let today = Date::from_ymd(2026, 11, 22).unwrap();
/// let offers = parse_offers(include_str!("../../../public/data/tilbud.json"), &registry, today)?;
/// let index = Index::new(&offers, &registry);
///
/// let levanger: Area = "kommune-5037".parse().unwrap();
/// let json = AreaExtract::new(levanger, &registry, &offers, &index).unwrap().to_json();
/// let extract = parse_area(&json, today)?;
/// assert_eq!(extract.area, levanger);
/// assert!(extract.offers.iter().all(|o| o.municipality().to_string() == "5037"));
/// assert_eq!(extract.registry.len(), 1);
///
/// let broken = json.replacen(r#""omrade":"kommune-5037""#, r#""omrade":"kommune-50""#, 1);
/// let err = parse_area(&broken, today).unwrap_err();
/// assert_eq!(err.to_string(), r#"omrade: "50" er ikke et kommunenummer (fire sifre, f.eks. "0301")"#);
/// # Ok::<(), digihjelpen::DataError>(())
/// ```
pub fn parse_area(json: &str, today: Date) -> Result<AreaExtract, DataError> {
    let root = read::parse_json(json)?;
    if !root.is_object() {
        let kind = ProblemKind::WrongType {
            expected: "et objekt",
            found: read::type_name(&root),
        };
        return Err(DataError::one("", kind));
    }
    let mut problems = Problems::default();
    let area = match root.get("omrade") {
        None | Some(Value::Null) => {
            problems.push("omrade", ProblemKind::Missing);
            None
        }
        Some(Value::String(s)) => s
            .parse::<Area>()
            .map_err(|kind| problems.push("omrade", kind))
            .ok(),
        Some(other) => {
            let kind = ProblemKind::WrongType {
                expected: "tekst",
                found: read::type_name(other),
            };
            problems.push("omrade", kind);
            None
        }
    };
    let registry = Registry::from_value(&root)
        .map_err(|e| problems.absorb(e))
        .ok();
    if let (Some(area), Some(registry)) = (area, &registry) {
        if area.point(registry).is_none() {
            let kind = match area {
                Area::Municipality(n) => ProblemKind::UnknownMunicipality(n.to_string()),
                Area::County(c) => ProblemKind::UnknownCounty(c.to_string()),
            };
            problems.push("omrade", kind);
        }
    }
    let offers = registry.as_ref().and_then(|registry| {
        parse_offers_value(&root, registry, today)
            .map_err(|e| problems.absorb(e))
            .ok()
    });
    let total = total_of(
        root.get("tilbud_i_alt"),
        offers.as_ref().map_or(0, Vec::len),
    )
    .map_err(|kind| problems.push("tilbud_i_alt", kind))
    .ok();
    let extract = match (area, registry, offers, total) {
        (Some(area), Some(registry), Some(offers), Some(total)) => Some(AreaExtract {
            area,
            registry,
            offers,
            total,
        }),
        _ => None,
    };
    // Every `None` above came with a problem, so `finish` fails whenever `extract` is `None`.
    problems
        .finish(extract)?
        .ok_or_else(|| DataError::one("omrade", ProblemKind::Missing))
}

/// The country's number of offers, `tilbud_i_alt`: a whole number no smaller than the number
/// of offers in the file (`least`).
fn total_of(value: Option<&Value>, least: usize) -> Result<usize, ProblemKind> {
    let value = match value {
        None | Some(Value::Null) => return Err(ProblemKind::Missing),
        Some(v) => v,
    };
    let n = value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| ProblemKind::WrongType {
            expected: "et heltall",
            found: read::type_name(value),
        })?;
    if n < least {
        return Err(ProblemKind::OutOfRange {
            value: n as f64,
            min: least as f64,
            max: u32::MAX as f64,
        });
    }
    Ok(n)
}

/// Every area file of the country: one per municipality of the registry (by number), then
/// one per county (in registry order), as (path relative to the data directory, JSON).
///
/// The build writes them under `data/`; `offers` must have been parsed with `registry`.
///
/// # Example
/// ```
/// # use digihjelpen::{parse_offers, Date, Registry};
/// # let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
/// # let today = Date::from_ymd(2026, 11, 22).unwrap();
/// # let offers = parse_offers(include_str!("../../../public/data/tilbud.json"), &registry, today).unwrap();
/// let files = digihjelpen::all_area_files(&registry, &offers);
/// assert_eq!(files.len(), 357 + 15);
/// assert_eq!(files[0].0, "omrade/kommune-0301.json");
/// assert_eq!(files[357].0, "omrade/fylke-03.json");
/// ```
pub fn all_area_files(registry: &Registry, offers: &[Offer]) -> Vec<(String, String)> {
    let index = Index::new(offers, registry);
    let municipalities = registry
        .municipalities()
        .iter()
        .map(|m| Area::Municipality(m.number()));
    let counties = registry.counties().iter().map(|c| Area::County(c.number()));
    municipalities
        .chain(counties)
        .filter_map(|area| {
            let extract = AreaExtract::new(area, registry, offers, &index)?;
            Some((area.path(), extract.to_json()))
        })
        .collect()
}
