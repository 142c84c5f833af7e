//! The registry of municipalities and counties, parsed from `kommuner.json`.

use std::collections::HashSet;

use serde_json::Value;

use crate::error::{DataError, ProblemKind, Problems};
use crate::geo::Point;
use crate::municipality::{County, CountyNumber, Municipality, MunicipalityNumber};
use crate::read::{self, Obj};
use crate::search::{rank_any, Rank};
use crate::text;

/// The radius used when `kommuner.json` gives none, km.
pub const DEFAULT_RADIUS_KM: f64 = 75.0;

/// Norway's municipalities and counties.
///
/// # Example
/// ```
/// let json = include_str!("../../../public/data/kommuner.json");
/// let registry = digihjelpen::Registry::from_json(json).unwrap();
/// assert_eq!(registry.len(), 357);
/// assert_eq!(registry.counties().len(), 15);
/// assert_eq!(registry.get("5037").unwrap().name(), "Levanger");
/// assert_eq!(registry.search("karasjok")[0].name(), "Kárášjohka - Karasjok");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    counties: Vec<County>,
    /// Sorted by number.
    municipalities: Vec<Municipality>,
    source: Option<String>,
}

const COUNTY_KEYS: &[&str] = &["nummer", "navn", "navn_norsk"];
const MUNICIPALITY_KEYS: &[&str] = &[
    "nummer",
    "navn",
    "navn_norsk",
    "fylke",
    "lat",
    "lon",
    "radius_km",
];

impl Registry {
    /// Parses `kommuner.json`:
    /// `{"kilde": "…", "fylker": [{"nummer", "navn", "navn_norsk"}],
    ///   "kommuner": [{"nummer", "navn", "navn_norsk", "fylke", "lat", "lon", "radius_km"}]}`.
    ///
    /// The file may list any subset of the country: an area file (see [`area`](crate::area))
    /// lists only the municipalities and counties it needs. What it lists must be consistent
    /// (every municipality's county among `fylker`, when `fylker` is not empty). Other
    /// top-level keys are ignored, so the same document can also hold the offers.
    ///
    /// # Errors
    /// Every problem found: syntax, missing or mistyped fields, bad or duplicate numbers,
    /// municipalities in unknown counties, points outside Norway.
    pub fn from_json(json: &str) -> Result<Registry, DataError> {
        Registry::from_value(&read::parse_json(json)?)
    }

    /// [`from_json`](Self::from_json) on JSON already parsed.
    pub(crate) fn from_value(root: &Value) -> Result<Registry, DataError> {
        let mut problems = Problems::default();
        let source = root.get("kilde").and_then(Value::as_str).map(str::to_owned);
        let counties = read::top_list(root, "fylker", &mut problems)
            .map(|items| read_counties(items, &mut problems))
            .unwrap_or_default();
        let county_numbers: HashSet<CountyNumber> = counties.iter().map(|c| c.number).collect();
        let mut municipalities = Vec::new();
        let mut seen = HashSet::new();
        if let Some(items) = read::top_list(root, "kommuner", &mut problems) {
            for (i, item) in items.iter().enumerate() {
                let path = read::index("kommuner", i);
                let Some(m) = read_municipality(item, path.clone(), &mut problems) else {
                    continue;
                };
                if !seen.insert(m.number) {
                    problems.push(
                        read::join(&path, "nummer"),
                        ProblemKind::DuplicateMunicipality(m.number.to_string()),
                    );
                } else if !county_numbers.contains(&m.county) && !counties.is_empty() {
                    problems.push(
                        read::join(&path, "fylke"),
                        ProblemKind::UnknownCounty(m.county.to_string()),
                    );
                } else {
                    municipalities.push(m);
                }
            }
        }
        municipalities.sort_by_key(|m| m.number);
        problems.finish(Registry {
            counties,
            municipalities,
            source,
        })
    }

    /// The registry with only the municipalities `keep` accepts and the counties they lie
    /// in (in the same order, with the same `kilde`): what an area file needs, written with
    /// the rest of the file by [`AreaExtract::to_json`](crate::AreaExtract::to_json).
    ///
    /// # Example
    /// ```
    /// # let registry = digihjelpen::Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
    /// let trondelag: digihjelpen::CountyNumber = "50".parse().unwrap();
    /// let subset = registry.subset(|m| m.county() == trondelag);
    /// assert_eq!(subset.len(), registry.municipalities_in(trondelag).count());
    /// assert_eq!(subset.counties().len(), 1);
    /// assert_eq!(subset.get("5037").unwrap().name(), "Levanger");
    /// ```
    pub fn subset(&self, mut keep: impl FnMut(&Municipality) -> bool) -> Registry {
        let municipalities: Vec<Municipality> = self
            .municipalities
            .iter()
            .filter(|m| keep(m))
            .cloned()
            .collect();
        let counties = self
            .counties
            .iter()
            .filter(|c| municipalities.iter().any(|m| m.county == c.number))
            .cloned()
            .collect();
        Registry {
            counties,
            municipalities,
            source: self.source.clone(),
        }
    }

    /// Number of municipalities.
    pub fn len(&self) -> usize {
        self.municipalities.len()
    }

    /// True when there are no municipalities.
    pub fn is_empty(&self) -> bool {
        self.municipalities.is_empty()
    }

    /// The file's `kilde` (source and attribution), if given.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// All municipalities, ordered by number.
    pub fn municipalities(&self) -> &[Municipality] {
        &self.municipalities
    }

    /// All counties, in file order (by number in the bundled file).
    pub fn counties(&self) -> &[County] {
        &self.counties
    }

    /// The county with this number.
    pub fn county(&self, number: CountyNumber) -> Option<&County> {
        self.counties.iter().find(|c| c.number == number)
    }

    /// The municipalities of a county, ordered by number.
    pub fn municipalities_in(&self, county: CountyNumber) -> impl Iterator<Item = &Municipality> {
        self.municipalities
            .iter()
            .filter(move |m| m.county == county)
    }

    /// The position of a municipality in [`municipalities`](Self::municipalities).
    pub fn index_of(&self, number: MunicipalityNumber) -> Option<usize> {
        self.municipalities
            .binary_search_by_key(&number, |m| m.number)
            .ok()
    }

    /// The municipality with this number.
    pub fn municipality(&self, number: MunicipalityNumber) -> Option<&Municipality> {
        self.index_of(number).map(|i| &self.municipalities[i])
    }

    /// The municipality with this number given as text (`"0301"`).
    pub fn get(&self, number: &str) -> Option<&Municipality> {
        self.resolve(number).ok()
    }

    /// The name to show for a municipality where it stands alone (a search suggestion, "valgt
    /// kommune"): its name, and its county in brackets when another municipality of the
    /// registry has the same name, by its Norwegian name — "Herøy (Nordland)", "Herøy (Møre og
    /// Romsdal)".
    ///
    /// # Example
    /// ```
    /// # let registry = digihjelpen::Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
    /// let heroy: digihjelpen::MunicipalityNumber = "1818".parse().unwrap();
    /// assert_eq!(registry.label(heroy).as_deref(), Some("Herøy (Nordland)"));
    /// let levanger: digihjelpen::MunicipalityNumber = "5037".parse().unwrap();
    /// assert_eq!(registry.label(levanger).as_deref(), Some("Levanger"));
    /// ```
    pub fn label(&self, number: MunicipalityNumber) -> Option<String> {
        let m = self.municipality(number)?;
        let shared = self
            .municipalities
            .iter()
            .any(|other| other.number != number && other.name == m.name);
        let county = self.county(m.county).filter(|_| shared);
        Some(match county {
            Some(c) => format!("{} ({})", m.name, c.name_nb()),
            None => m.name.clone(),
        })
    }

    /// Looks up a municipality number given as text.
    ///
    /// # Errors
    /// [`ProblemKind::BadMunicipalityNumber`] when it is not four digits,
    /// [`ProblemKind::UnknownMunicipality`] when there is no such municipality.
    pub fn resolve(&self, number: &str) -> Result<&Municipality, ProblemKind> {
        let n: MunicipalityNumber = number.parse()?;
        self.municipality(n)
            .ok_or_else(|| ProblemKind::UnknownMunicipality(number.to_owned()))
    }

    /// Municipalities whose name (any of its parallel names) matches the query, best first:
    /// exact name, then prefix, word prefix, substring; ties by name. Names and query are
    /// compared by [`text::search_key`]: `tromso` and `Tromsoe` find Tromsø, `Aalesund`
    /// finds Ålesund, `Karasjok` finds "Kárášjohka - Karasjok".
    pub fn search(&self, query: &str) -> Vec<&Municipality> {
        let q = text::search_key(query);
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(Rank, &Municipality)> = self
            .municipalities
            .iter()
            .filter_map(|m| rank_any(&m.keys, &q).map(|r| (r, m)))
            .collect();
        hits.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name_nb.cmp(&b.1.name_nb)));
        hits.into_iter().map(|(_, m)| m).collect()
    }
}

fn read_counties(items: &[Value], problems: &mut Problems) -> Vec<County> {
    let mut out: Vec<County> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = read::index("fylker", i);
        let Some(mut o) = Obj::new(item, path.clone(), COUNTY_KEYS, problems) else {
            continue;
        };
        let number = o.req_parse::<CountyNumber>("nummer");
        let name = o.req_text("navn", 100);
        let name_nb = o.opt_text("navn_norsk", 100);
        if let (Some(number), Some(name)) = (number, name) {
            if out.iter().any(|c| c.number == number) {
                let kind = ProblemKind::DuplicateValue(number.to_string());
                problems.push(read::join(&path, "nummer"), kind);
                continue;
            }
            let name_nb = name_nb.unwrap_or_else(|| name.clone());
            out.push(County {
                number,
                name,
                name_nb,
            });
        }
    }
    out
}

fn read_municipality(item: &Value, path: String, problems: &mut Problems) -> Option<Municipality> {
    let mut o = Obj::new(item, path, MUNICIPALITY_KEYS, problems)?;
    let number = o.req_parse::<MunicipalityNumber>("nummer");
    let name = o.req_text("navn", 100);
    let name_nb = o.opt_text("navn_norsk", 100);
    let county = o.req_parse::<CountyNumber>("fylke");
    let (lat, lon) = (o.req_f64("lat"), o.req_f64("lon"));
    let point = match (lat, lon) {
        (Some(lat), Some(lon)) => Point::new(lat, lon).map_err(|k| o.push("lat", k)).ok(),
        _ => None,
    };
    let radius_km = match o.get("radius_km") {
        None => Some(DEFAULT_RADIUS_KM),
        Some(_) => o.req_f64("radius_km").and_then(|r| {
            let ok = (1.0..=500.0).contains(&r);
            let kind = ProblemKind::OutOfRange {
                value: r,
                min: 1.0,
                max: 500.0,
            };
            ok.then_some(r).or_else(|| {
                o.push("radius_km", kind);
                None
            })
        }),
    };
    let name = name?;
    let name_nb = name_nb.unwrap_or_else(|| name.clone());
    let folded = name.split(" - ").map(text::fold).collect();
    let keys = name.split(" - ").map(text::search_key).collect();
    Some(Municipality {
        number: number?,
        name,
        name_nb,
        county: county?,
        point: point?,
        radius_km: radius_km?,
        folded,
        keys,
    })
}
