//! What the widget shows, read once from its URL: `kommune=5037` or `fylke=50`,
//! `visning=kart|liste|begge`, `sprak=nb|nn|en`. Unknown or malformed values fall back to
//! the defaults (both views, bokmål, all of Norway) rather than showing nothing.

use digihjelpen::{CountyNumber, Filter, MunicipalityNumber, Point, Registry};

use crate::i18n::embed::EmbedStrings;
use digihjelpen::Locale;

/// The widget's views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// Map and list (`visning=begge`, the default).
    Both,
    /// The map only (`visning=kart`).
    Map,
    /// The list only (`visning=liste`).
    List,
}

/// The widget's settings.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Which views.
    pub show: Show,
    /// The municipality asked for, when the URL names one (it may be unknown).
    pub municipality: Option<MunicipalityNumber>,
    /// The county asked for, when the URL names one and no municipality.
    pub county: Option<CountyNumber>,
    /// The `kommune` or `fylke` value as written in the URL, when there is one (to say so
    /// when it names no known area).
    pub requested: Option<String>,
    /// The interface language.
    pub strings: &'static EmbedStrings,
}

/// The first value of `key` in a URL query string (`?a=1&b=2`).
fn value<'q>(query: &'q str, key: &str) -> Option<&'q str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

impl Settings {
    /// Reads the settings from a URL query string.
    pub fn from_query(query: &str) -> Settings {
        let show = match value(query, "visning") {
            Some("kart") => Show::Map,
            Some("liste") => Show::List,
            _ => Show::Both,
        };
        let municipality = value(query, "kommune").and_then(|n| n.parse().ok());
        let county = value(query, "fylke")
            .and_then(|n| n.parse().ok())
            .filter(|_| municipality.is_none());
        let requested = value(query, "kommune")
            .or_else(|| value(query, "fylke"))
            .filter(|v| !v.is_empty())
            .map(|v| v.chars().take(40).collect());
        let locale = value(query, "sprak")
            .and_then(Locale::from_tag)
            .unwrap_or_default();
        Settings {
            show,
            municipality,
            county,
            requested,
            strings: EmbedStrings::of(locale),
        }
    }

    /// The area shown, as it is called and a point to centre on, when the URL names a known
    /// municipality or county.
    pub fn place(&self, registry: &Registry) -> Option<(String, Point, Area)> {
        if let Some(m) = self.municipality.and_then(|n| registry.municipality(n)) {
            return Some((
                m.name().to_owned(),
                m.point(),
                Area::Municipality(m.number()),
            ));
        }
        let c = self.county?;
        let county = registry.county(c)?;
        let first = registry.municipalities_in(c).next()?;
        Some((county.name().to_owned(), first.point(), Area::County(c)))
    }

    /// The filter for the area (none for an unknown or missing one: all of Norway).
    pub fn filter(place: Option<Area>) -> Filter {
        let mut filter = Filter::default();
        match place {
            Some(Area::Municipality(n)) => filter.municipalities.push(n),
            Some(Area::County(c)) => filter.counties.push(c),
            None => {}
        }
        filter
    }
}

/// A known area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// One municipality.
    Municipality(MunicipalityNumber),
    /// One county.
    County(CountyNumber),
}
