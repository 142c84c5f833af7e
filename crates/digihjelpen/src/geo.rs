//! Positions in Norway and great-circle distances.

use std::fmt;

use crate::error::ProblemKind;

/// Norway's bounding box (mainland and coast; Svalbard and Jan Mayen are not municipalities),
/// with a small margin around the outermost municipality boundary points
/// (57.96–71.18 °N, 4.63–31.15 °E).
pub const NORWAY_BOUNDS: Bounds = Bounds {
    south: 57.7,
    north: 71.4,
    west: 4.0,
    east: 31.5,
};

/// Mean Earth radius used for distances, km (IUGG).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A latitude/longitude box in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Southern edge, °N.
    pub south: f64,
    /// Northern edge, °N.
    pub north: f64,
    /// Western edge, °E.
    pub west: f64,
    /// Eastern edge, °E.
    pub east: f64,
}

impl Bounds {
    /// True when the point is inside (edges included).
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.south..=self.north).contains(&lat) && (self.west..=self.east).contains(&lon)
    }
}

/// A WGS84 position inside [`NORWAY_BOUNDS`].
///
/// # Example
/// ```
/// use digihjelpen::Point;
/// let oslo = Point::new(59.9139, 10.7522).unwrap();
/// let bergen = Point::new(60.3913, 5.3221).unwrap();
/// assert_eq!(oslo.distance_km(bergen).round(), 305.0);
/// assert!(Point::new(48.85, 2.35).is_err()); // Paris
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    lat: f64,
    lon: f64,
}

impl Point {
    /// A point from latitude and longitude in degrees.
    ///
    /// # Errors
    /// [`ProblemKind::OutsideNorway`] when the point is outside Norway's bounding box
    /// (or not a finite number).
    pub fn new(lat: f64, lon: f64) -> Result<Point, ProblemKind> {
        if NORWAY_BOUNDS.contains(lat, lon) {
            Ok(Point { lat, lon })
        } else {
            Err(ProblemKind::OutsideNorway { lat, lon })
        }
    }

    /// Latitude, °N.
    pub fn lat(self) -> f64 {
        self.lat
    }

    /// Longitude, °E.
    pub fn lon(self) -> f64 {
        self.lon
    }

    /// Great-circle (haversine) distance in km.
    pub fn distance_km(self, other: Point) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.5}, {:.5}", self.lat, self.lon)
    }
}

/// How exact an offer's position is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// The venue's own position, given in the data.
    Exact,
    /// The municipality's representative point: the offer has no position of its own
    /// (show "omtrentlig plassering").
    Municipality,
}

impl Precision {
    /// A short Norwegian label, e.g. for a map popup.
    pub fn label_nb(self) -> &'static str {
        match self {
            Precision::Exact => "nøyaktig plassering",
            Precision::Municipality => "omtrentlig plassering (midt i kommunen)",
        }
    }
}
