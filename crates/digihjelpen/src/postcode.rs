//! Postcodes (postnummer) and the municipality each belongs to, from `postnummer.json`.

use serde_json::Value;

use crate::error::{DataError, ProblemKind, Problems};
use crate::municipality::{four_digits, MunicipalityNumber};
use crate::read::{self, type_name};
use crate::registry::Registry;
use crate::text;

/// One postcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Postcode<'a> {
    /// The code as four digits, e.g. `"7600"`.
    pub code: &'a str,
    /// The post town (poststed), e.g. `"Levanger"`.
    pub place: &'a str,
    /// The municipality.
    pub municipality: MunicipalityNumber,
}

/// Every postcode and its municipality.
///
/// The file is compact: `{"kilde": "…", "postnummer": {"7600": ["Levanger", "5037"], …}}`.
///
/// # Example
/// ```
/// # let registry = digihjelpen::Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
/// use digihjelpen::Postcodes;
/// let postcodes = Postcodes::from_json(include_str!("../../../public/data/postnummer.json"), &registry).unwrap();
/// let p = postcodes.lookup("7600").unwrap();
/// assert_eq!((p.place, p.municipality.to_string().as_str()), ("Levanger", "5037"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Postcodes {
    /// Sorted by code.
    entries: Vec<(String, String, MunicipalityNumber)>,
}

impl Postcodes {
    /// Parses `postnummer.json`, checking every municipality number against the registry.
    ///
    /// # Errors
    /// Every problem found, with paths such as `postnummer.7600[1]`.
    pub fn from_json(json: &str, registry: &Registry) -> Result<Postcodes, DataError> {
        let root = read::parse_json(json)?;
        let mut problems = Problems::default();
        let mut entries = Vec::new();
        match root.get("postnummer") {
            Some(Value::Object(map)) => {
                for (code, v) in map {
                    let path = read::join("postnummer", code);
                    if four_digits(code).is_none() {
                        problems.push(path, ProblemKind::BadPostcode(code.clone()));
                        continue;
                    }
                    let pair = v.as_array().filter(|a| a.len() == 2);
                    let (Some(Value::String(place)), Some(Value::String(nr))) =
                        (pair.and_then(|a| a.first()), pair.and_then(|a| a.get(1)))
                    else {
                        let kind = ProblemKind::WrongType {
                            expected: "en liste med poststed og kommunenummer",
                            found: type_name(v),
                        };
                        problems.push(path, kind);
                        continue;
                    };
                    let place = text::check_plain(place, 100)
                        .map_err(|k| problems.push(read::index(&path, 0), k))
                        .ok();
                    let municipality = registry
                        .resolve(nr)
                        .map_err(|k| problems.push(read::index(&path, 1), k))
                        .ok();
                    if let (Some(place), Some(m)) = (place, municipality) {
                        entries.push((code.clone(), place, m.number()));
                    }
                }
            }
            None | Some(Value::Null) => problems.push("postnummer", ProblemKind::Missing),
            Some(other) => problems.push(
                "postnummer",
                ProblemKind::WrongType {
                    expected: "et objekt",
                    found: type_name(other),
                },
            ),
        }
        entries.sort();
        problems.finish(Postcodes { entries })
    }

    /// Number of postcodes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The postcode, if it exists (surrounding spaces are ignored).
    pub fn lookup(&self, code: &str) -> Option<Postcode<'_>> {
        let code = code.trim();
        let i = self
            .entries
            .binary_search_by(|e| e.0.as_str().cmp(code))
            .ok()?;
        let (code, place, municipality) = &self.entries[i];
        Some(Postcode {
            code,
            place,
            municipality: *municipality,
        })
    }

    /// The municipality of a postcode.
    pub fn municipality(&self, code: &str) -> Option<MunicipalityNumber> {
        self.lookup(code).map(|p| p.municipality)
    }

    /// Every postcode, by code.
    pub fn iter(&self) -> impl Iterator<Item = Postcode<'_>> {
        self.entries.iter().map(|(code, place, m)| Postcode {
            code,
            place,
            municipality: *m,
        })
    }
}
