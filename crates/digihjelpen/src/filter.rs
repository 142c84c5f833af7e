//! Filters over offers: any combination of target group, format, topic, language, venue kind,
//! county and municipality, with a query-string form for deep links (`/kart?malgruppe=eldre`).

use std::fmt::Write as _;

use crate::language::Language;
use crate::municipality::{CountyNumber, MunicipalityNumber};
use crate::offer::{Format, Offer, VenueKind};
use crate::target_group::TargetGroup;
use crate::topic::Topic;
use crate::vocabulary::mask;

/// Which offers to show. An empty list means "no restriction"; within a list any value
/// matches (OR); different lists must all match (AND).
///
/// An offer for [`TargetGroup::Everyone`] matches every target-group filter.
///
/// # Example
/// ```
/// use digihjelpen::{Filter, TargetGroup};
/// let f = Filter::from_query("malgruppe=eldre&kommune=3907&sprak=nb,se");
/// assert_eq!(f.target_groups, [TargetGroup::Elderly]);
/// assert_eq!(f.to_query(), "malgruppe=eldre&sprak=nb,se&kommune=3907");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Target groups (`malgruppe`).
    pub target_groups: Vec<TargetGroup>,
    /// Formats (`form`).
    pub formats: Vec<Format>,
    /// Topics (`tema`).
    pub topics: Vec<Topic>,
    /// Languages (`sprak`).
    pub languages: Vec<Language>,
    /// Venue kinds (`sted`).
    pub venue_kinds: Vec<VenueKind>,
    /// Counties (`fylke`).
    pub counties: Vec<CountyNumber>,
    /// Municipalities (`kommune`).
    pub municipalities: Vec<MunicipalityNumber>,
    /// Leave out offers marked illustrative (`ekte=1`).
    pub hide_illustrative: bool,
}

impl Filter {
    /// No restriction.
    pub fn all() -> Filter {
        Filter::default()
    }

    /// True when the filter restricts nothing.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when the offer passes the filter.
    pub fn matches(&self, offer: &Offer) -> bool {
        Compiled::new(self).matches(
            mask(offer.target_groups(), TargetGroup::bit),
            mask(offer.formats(), Format::bit),
            mask(offer.topics(), Topic::bit),
            offer.venue().kind().bit(),
            offer.languages(),
            offer.municipality(),
            offer.is_illustrative(),
        )
    }

    /// Reads a URL query string (`a=b&c=d`, with or without a leading `?`). Values may be
    /// repeated or comma-separated; unknown keys and values are ignored.
    pub fn from_query(query: &str) -> Filter {
        let mut f = Filter::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = value.replace("%2C", ",").replace("%2c", ",");
            for v in value.split([',', '+']) {
                match key {
                    "malgruppe" => push(&mut f.target_groups, v.parse().ok()),
                    "form" => push(&mut f.formats, v.parse().ok()),
                    "tema" => push(&mut f.topics, v.parse().ok()),
                    "sprak" => push(&mut f.languages, v.parse().ok()),
                    "sted" => push(&mut f.venue_kinds, v.parse().ok()),
                    "fylke" => push(&mut f.counties, v.parse().ok()),
                    "kommune" => push(&mut f.municipalities, v.parse().ok()),
                    "ekte" => f.hide_illustrative = v == "1",
                    _ => {}
                }
            }
        }
        f
    }

    /// The query-string form (without `?`), keys in a fixed order; empty for no filter.
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut add = |key: &str, values: Vec<String>| {
            if !values.is_empty() {
                let sep = if out.is_empty() { "" } else { "&" };
                let _ = write!(out, "{sep}{key}={}", values.join(","));
            }
        };
        add(
            "malgruppe",
            self.target_groups.iter().map(ToString::to_string).collect(),
        );
        add(
            "form",
            self.formats.iter().map(ToString::to_string).collect(),
        );
        add(
            "tema",
            self.topics.iter().map(ToString::to_string).collect(),
        );
        add(
            "sprak",
            self.languages.iter().map(ToString::to_string).collect(),
        );
        add(
            "sted",
            self.venue_kinds.iter().map(ToString::to_string).collect(),
        );
        add(
            "fylke",
            self.counties.iter().map(ToString::to_string).collect(),
        );
        add(
            "kommune",
            self.municipalities
                .iter()
                .map(ToString::to_string)
                .collect(),
        );
        if self.hide_illustrative {
            add("ekte", vec!["1".to_owned()]);
        }
        out
    }
}

fn push<T: PartialEq>(list: &mut Vec<T>, value: Option<T>) {
    if let Some(v) = value {
        if !list.contains(&v) {
            list.push(v);
        }
    }
}

/// A filter as bit masks, for testing many offers quickly.
#[derive(Debug, Clone)]
pub(crate) struct Compiled<'f> {
    targets: u32,
    formats: u32,
    topics: u32,
    venues: u32,
    filter: &'f Filter,
}

impl<'f> Compiled<'f> {
    pub(crate) fn new(filter: &'f Filter) -> Compiled<'f> {
        let mut targets = mask(&filter.target_groups, TargetGroup::bit);
        if targets != 0 {
            targets |= TargetGroup::Everyone.bit();
        }
        Compiled {
            targets,
            formats: mask(&filter.formats, Format::bit),
            topics: mask(&filter.topics, Topic::bit),
            venues: mask(&filter.venue_kinds, VenueKind::bit),
            filter,
        }
    }

    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub(crate) fn matches(
        &self,
        targets: u32,
        formats: u32,
        topics: u32,
        venue: u32,
        languages: &[Language],
        municipality: MunicipalityNumber,
        illustrative: bool,
    ) -> bool {
        let f = self.filter;
        (self.targets == 0 || self.targets & targets != 0)
            && (self.formats == 0 || self.formats & formats != 0)
            && (self.topics == 0 || self.topics & topics != 0)
            && (self.venues == 0 || self.venues & venue != 0)
            && (f.languages.is_empty() || languages.iter().any(|l| f.languages.contains(l)))
            && (f.counties.is_empty() || f.counties.contains(&municipality.county()))
            && (f.municipalities.is_empty() || f.municipalities.contains(&municipality))
            && !(f.hide_illustrative && illustrative)
    }
}
