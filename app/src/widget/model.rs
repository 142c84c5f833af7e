//! What the widget shows for its settings and data: the one rule for the build's render of
//! the widget (`routes::embed`, one page per area) and for the browser's ([`super::render`]).

use digihjelpen::area::NEAREST;
use digihjelpen::{Filter, Near};

use super::settings::{Area, Settings};
use crate::components::offer_map::{View, NORWAY};
use crate::data::Catalog;

/// The widget's content.
#[derive(Clone, Debug)]
pub struct Model {
    /// The heading ("Tilbud om digital hjelp i Levanger").
    pub title: String,
    /// Said when the URL names an area that does not exist (all of Norway is shown).
    pub unknown_area: Option<String>,
    /// "3 tilbud".
    pub count: String,
    /// The area shown, when the URL names a known one.
    pub area: Option<Area>,
    /// Where the map looks.
    pub view: View,
    /// The offers listed and on the map.
    pub shown: Vec<usize>,
    /// The nearest offers elsewhere, with what is said above them, for a municipality without
    /// an offer.
    pub near: Option<(Vec<Near>, String)>,
    /// The full site's map of the same area.
    pub full_site: String,
}

impl Model {
    /// The content for `settings` over `catalog`.
    pub fn new(catalog: &Catalog, settings: &Settings) -> Model {
        let s = settings.strings;
        let place = settings.place(&catalog.registry);
        let area = place.as_ref().map(|(_, _, area)| *area);
        let matching = catalog.index.filter(&Settings::filter(area));
        let near = match &place {
            Some((name, point, Area::Municipality(_))) if matching.is_empty() => Some((
                catalog.index.nearest(*point, NEAREST, &Filter::default()),
                (s.no_offer_in)(name),
            )),
            _ => None,
        };
        let unknown_area = match (&settings.requested, &place) {
            (Some(asked), None) => Some((s.unknown_area)(asked)),
            _ => None,
        };
        let zoom = match area {
            Some(Area::Municipality(_)) => 9.0,
            Some(Area::County(_)) => 6.0,
            None => NORWAY.2,
        };
        let view = place
            .as_ref()
            .map_or(NORWAY, |(_, p, _)| (p.lat(), p.lon(), zoom));
        let full_site = match area {
            Some(Area::Municipality(n)) => format!("/kart?kommune={n}"),
            Some(Area::County(c)) => format!("/kart?fylke={c}"),
            None => "/kart".to_owned(),
        };
        Model {
            title: (s.title)(place.as_ref().map(|(name, _, _)| name.as_str())),
            unknown_area,
            count: (s.count)(matching.len()),
            area,
            view,
            shown: match &near {
                Some((near, _)) => near.iter().map(|n| n.index).collect(),
                None => matching,
            },
            near,
            full_site,
        }
    }
}
