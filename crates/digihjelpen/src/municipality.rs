//! Municipalities (kommuner) and counties (fylker), 2024 numbering.
//!
//! A [`MunicipalityNumber`] parses four digits; the [`Registry`](crate::Registry) decides
//! whether it names an existing municipality. Every number held by an
//! [`Offer`](crate::Offer) has been looked up in the registry it was parsed with.

use std::fmt;
use std::str::FromStr;

use crate::error::ProblemKind;
use crate::geo::Point;

/// A municipality number: four digits, the first two being the county (`"0301"` is Oslo).
///
/// # Example
/// ```
/// use digihjelpen::MunicipalityNumber;
/// let n: MunicipalityNumber = "5037".parse().unwrap();
/// assert_eq!(n.county().to_string(), "50");
/// assert!("503".parse::<MunicipalityNumber>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MunicipalityNumber(u16);

impl MunicipalityNumber {
    /// The county part (the first two digits).
    pub fn county(self) -> CountyNumber {
        CountyNumber((self.0 / 100) as u8)
    }

    /// The number as an integer, e.g. 301 for `"0301"`.
    pub fn get(self) -> u16 {
        self.0
    }
}

impl FromStr for MunicipalityNumber {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<MunicipalityNumber, ProblemKind> {
        let n = four_digits(s).ok_or_else(|| ProblemKind::BadMunicipalityNumber(s.to_owned()))?;
        if n / 100 == 0 || n % 100 == 0 {
            return Err(ProblemKind::BadMunicipalityNumber(s.to_owned()));
        }
        Ok(MunicipalityNumber(n))
    }
}

impl fmt::Display for MunicipalityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

impl serde::Serialize for MunicipalityNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Parses exactly four ASCII digits.
pub(crate) fn four_digits(s: &str) -> Option<u16> {
    let b = s.as_bytes();
    if b.len() != 4 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u16, |n, &c| n * 10 + u16::from(c - b'0')))
}

/// A county number: two digits (`"03"` Oslo, `"50"` Trøndelag).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountyNumber(u8);

impl CountyNumber {
    /// The number as an integer.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl FromStr for CountyNumber {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<CountyNumber, ProblemKind> {
        let b = s.as_bytes();
        if b.len() != 2 || !b.iter().all(u8::is_ascii_digit) || s == "00" {
            return Err(ProblemKind::BadCountyNumber(s.to_owned()));
        }
        Ok(CountyNumber((b[0] - b'0') * 10 + (b[1] - b'0')))
    }
}

impl fmt::Display for CountyNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

impl serde::Serialize for CountyNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A county.
#[derive(Debug, Clone, PartialEq)]
pub struct County {
    pub(crate) number: CountyNumber,
    pub(crate) name: String,
    pub(crate) name_nb: String,
}

impl County {
    /// The county number.
    pub fn number(&self) -> CountyNumber {
        self.number
    }

    /// The official name, with Sámi/Kven parallel names (`"Troms - Romsa - Tromssa"`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The Norwegian name (`"Troms"`).
    pub fn name_nb(&self) -> &str {
        &self.name_nb
    }
}

impl serde::Serialize for County {
    /// Serialises in the `kommuner.json` entry format (`navn_norsk` only when it differs).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        names(&mut map, &self.number, &self.name, &self.name_nb)?;
        map.end()
    }
}

/// `nummer`, `navn`, and `navn_norsk` when it differs: the start of a county's and of a
/// municipality's entry in `kommuner.json`.
fn names<M: serde::ser::SerializeMap>(
    map: &mut M,
    number: &impl serde::Serialize,
    name: &str,
    name_nb: &str,
) -> Result<(), M::Error> {
    map.serialize_entry("nummer", number)?;
    map.serialize_entry("navn", name)?;
    if name_nb != name {
        map.serialize_entry("navn_norsk", name_nb)?;
    }
    Ok(())
}

/// A municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    pub(crate) number: MunicipalityNumber,
    pub(crate) name: String,
    pub(crate) name_nb: String,
    pub(crate) county: CountyNumber,
    pub(crate) point: Point,
    pub(crate) radius_km: f64,
    pub(crate) folded: Vec<String>,
    /// Each parallel name as [`text::search_key`](crate::text::search_key) gives it.
    pub(crate) keys: Vec<String>,
}

impl Municipality {
    /// The municipality number.
    pub fn number(&self) -> MunicipalityNumber {
        self.number
    }

    /// The official name, with Sámi/Kven parallel names (`"Kárášjohka - Karasjok"`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The Norwegian name (`"Karasjok"`).
    pub fn name_nb(&self) -> &str {
        &self.name_nb
    }

    /// Each parallel name (`["Kárášjohka", "Karasjok"]`).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.name.split(" - ")
    }

    /// The county.
    pub fn county(&self) -> CountyNumber {
        self.county
    }

    /// A representative point inside the municipality (not the administrative centre).
    pub fn point(&self) -> Point {
        self.point
    }

    /// The largest distance from [`point`](Self::point) to the municipality's boundary, km.
    pub fn radius_km(&self) -> f64 {
        self.radius_km
    }

    /// Each parallel name folded for search (see [`text::fold`](crate::text::fold)).
    pub fn folded_names(&self) -> &[String] {
        &self.folded
    }
}

impl serde::Serialize for Municipality {
    /// Serialises in the `kommuner.json` entry format (`navn_norsk` only when it differs;
    /// a whole `radius_km` as an integer, as in the bundled file).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        names(&mut map, &self.number, &self.name, &self.name_nb)?;
        map.serialize_entry("fylke", &self.county)?;
        map.serialize_entry("lat", &self.point.lat())?;
        map.serialize_entry("lon", &self.point.lon())?;
        let r = self.radius_km;
        if r.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&r) {
            map.serialize_entry("radius_km", &(r as u16))?;
        } else {
            map.serialize_entry("radius_km", &r)?;
        }
        map.end()
    }
}
