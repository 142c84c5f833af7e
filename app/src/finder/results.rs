//! What `/kart` shows for a filter and an optional position: the rules of the page in one
//! place, used by the build's render of the page (the Leptos components of `routes::map`)
//! and by the browser's [`finder`](crate::finder). The queries themselves (filter, nearest,
//! the URL form of a filter) are the domain crate's.

use digihjelpen::area::NEAREST;
use digihjelpen::{Filter, MunicipalityNumber, Near, Point};

use crate::components::offer_map::{View, NORWAY};
use crate::data::Catalog;
use crate::i18n::map::MapStrings;

/// The zoom of the map on a municipality or a position.
const PLACE_ZOOM: f64 = 9.0;

/// The municipality the filter names first.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    /// Its number.
    pub number: MunicipalityNumber,
    /// Its name.
    pub name: String,
    /// Its centre.
    pub point: Point,
}

/// The offers the page shows, and why.
#[derive(Clone, Debug)]
pub struct Results {
    /// The offers that match the filter, in list order.
    pub matching: Vec<usize>,
    /// The municipality of the filter, when it names a known one.
    pub municipality: Option<Chosen>,
    /// The nearest offers (other filters kept): from the visitor's position, or from the
    /// chosen municipality when it has no matching offer.
    pub nearest: Option<Vec<Near>>,
    /// The offers on the map and in the list: the nearest ones when there are such, else the
    /// matching ones.
    pub shown: Vec<usize>,
    /// Where the map looks.
    pub view: View,
    /// Whether a position was given.
    pub from_position: bool,
}

impl Results {
    /// The results of `filter` (and of `position`, when the visitor shared it).
    pub fn new(catalog: &Catalog, filter: &Filter, position: Option<Point>) -> Results {
        let matching = catalog.index.filter(filter);
        let municipality = filter.municipalities.first().and_then(|&number| {
            catalog.registry.municipality(number).map(|m| Chosen {
                number,
                name: catalog
                    .registry
                    .label(number)
                    .unwrap_or_else(|| m.name().to_owned()),
                point: m.point(),
            })
        });
        let from = position.or_else(|| {
            municipality
                .as_ref()
                .filter(|_| matching.is_empty())
                .map(|m| m.point)
        });
        let nearest = from.map(|from| {
            let mut elsewhere = filter.clone();
            elsewhere.municipalities.clear();
            catalog.index.nearest(from, NEAREST, &elsewhere)
        });
        let shown = match &nearest {
            Some(near) => near.iter().map(|n| n.index).collect(),
            None => matching.clone(),
        };
        let view = match (position, &municipality) {
            (Some(p), _) => (p.lat(), p.lon(), PLACE_ZOOM),
            (None, Some(m)) => (m.point.lat(), m.point.lon(), PLACE_ZOOM),
            (None, None) => NORWAY,
        };
        Results {
            matching,
            municipality,
            nearest,
            shown,
            view,
            from_position: position.is_some(),
        }
    }

    /// The heading over the nearest offers.
    pub fn near_heading(&self, m: &MapStrings) -> &'static str {
        if self.from_position {
            m.near_me_heading
        } else {
            m.nearest_heading
        }
    }

    /// What is said above the nearest offers of a municipality without a match.
    pub fn near_intro(&self, m: &MapStrings) -> Option<String> {
        if self.from_position {
            return None;
        }
        self.municipality
            .as_ref()
            .map(|c| format!("{} {}", c.name, m.no_offer_in))
    }
}

/// One of the page's filter selects: its element id, its URL parameter, and the value it
/// shows for a filter.
pub struct FilterSelect {
    /// The `<select>`'s id.
    pub id: &'static str,
    /// Its URL parameter.
    pub key: &'static str,
    /// The option it shows for a filter (`None`: "any").
    pub current: fn(&Filter) -> Option<String>,
}

/// The filter selects, in page order: target group, format, language, venue, county.
pub const SELECTS: [FilterSelect; 5] = [
    FilterSelect {
        id: "filter-malgruppe",
        key: "malgruppe",
        current: |f| f.target_groups.first().map(|t| t.slug().to_owned()),
    },
    FilterSelect {
        id: "filter-form",
        key: "form",
        current: |f| f.formats.first().map(|t| t.slug().to_owned()),
    },
    FilterSelect {
        id: "filter-sprak",
        key: "sprak",
        current: |f| f.languages.first().map(|t| t.code().to_owned()),
    },
    FilterSelect {
        id: "filter-sted",
        key: "sted",
        current: |f| f.venue_kinds.first().map(|t| t.slug().to_owned()),
    },
    FilterSelect {
        id: "filter-fylke",
        key: "fylke",
        current: |f| f.counties.first().map(|c| format!("{:02}", c.get())),
    },
];

/// `filter` with the URL parameter `key` set to `value` (or removed, for an empty value):
/// what a filter select does.
pub fn with_param(filter: &Filter, key: &str, value: &str) -> Filter {
    let prefix = format!("{key}=");
    let mut pairs: Vec<String> = filter
        .to_query()
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix))
        .map(str::to_owned)
        .collect();
    if !value.is_empty() {
        pairs.push(format!("{key}={value}"));
    }
    Filter::from_query(&pairs.join("&"))
}

/// The page's address for `filter`: `/kart`, or `/kart?…` with the filter's parameters.
pub fn url_of(filter: &Filter) -> String {
    let q = filter.to_query();
    if q.is_empty() {
        "/kart".to_owned()
    } else {
        format!("/kart?{q}")
    }
}
