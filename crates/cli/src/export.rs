//! `digihjelpen export`: offers as CSV or GeoJSON.

use digihjelpen::csv::{Cell, Csv};
use digihjelpen::{Date, Offer, Precision, Registry};
use serde_json::json;

const CSV_HEADER: &[&str] = &[
    "id",
    "kommune",
    "kommunenavn",
    "fylke",
    "navn",
    "sted_type",
    "sted_navn",
    "adresse",
    "lat",
    "lon",
    "presisjon",
    "malgrupper",
    "former",
    "temaer",
    "sprak",
    "telefon",
    "epost",
    "nettside",
    "sist_verifisert",
    "utdatert",
    "illustrativ",
    "kilde",
];

/// RFC 4180 CSV, one offer per row; lists are joined with `;`. Written by the domain crate's
/// [`Csv`], so text that a spreadsheet would run as a formula is defused.
pub fn csv(registry: &Registry, offers: &[Offer], today: Date) -> String {
    let mut csv = Csv::new(CSV_HEADER);
    for o in offers {
        let (point, precision) = o.position();
        let m = registry.municipality(o.municipality());
        let join = |v: Vec<String>| v.join(";");
        let c = o.contact();
        let texts = [
            o.id().to_string(),
            o.municipality().to_string(),
            m.map(|m| m.name().to_owned()).unwrap_or_default(),
            o.county().to_string(),
            o.name().to_owned(),
            o.venue().kind().slug().to_owned(),
            o.venue().name().unwrap_or_default().to_owned(),
            o.venue().address().unwrap_or_default().to_owned(),
        ];
        let rest = [
            precision_slug(precision).to_owned(),
            join(o.target_groups().iter().map(ToString::to_string).collect()),
            join(o.formats().iter().map(ToString::to_string).collect()),
            join(o.topics().iter().map(ToString::to_string).collect()),
            join(o.languages().iter().map(ToString::to_string).collect()),
            c.phone().map(ToString::to_string).unwrap_or_default(),
            c.email().map(ToString::to_string).unwrap_or_default(),
            c.web().map(ToString::to_string).unwrap_or_default(),
            o.last_verified().to_string(),
        ];
        let flags = [o.is_stale(today), o.is_illustrative()];
        csv.row(
            texts
                .iter()
                .map(Cell::from)
                .chain([point.lat(), point.lon()].map(|x| Cell::from(five_decimals(x))))
                .chain(rest.iter().map(Cell::from))
                .chain(flags.map(Cell::from))
                .chain([Cell::from(o.source().unwrap_or_default())]),
        );
    }
    csv.finish()
}

/// A coordinate to five decimals (about a metre).
fn five_decimals(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

fn precision_slug(p: Precision) -> &'static str {
    match p {
        Precision::Exact => "eksakt",
        Precision::Municipality => "kommune",
    }
}

/// A GeoJSON FeatureCollection with one Point per offer.
pub fn geojson(registry: &Registry, offers: &[Offer]) -> String {
    let features: Vec<_> = offers
        .iter()
        .map(|o| {
            let (point, precision) = o.position();
            json!({
                "type": "Feature",
                "geometry": { "type": "Point", "coordinates": [point.lon(), point.lat()] },
                "properties": {
                    "id": o.id().as_str(),
                    "navn": o.name(),
                    "kommune": o.municipality().to_string(),
                    "kommunenavn": registry.municipality(o.municipality()).map(|m| m.name()),
                    "sted_type": o.venue().kind().slug(),
                    "presisjon": precision_slug(precision),
                    "malgrupper": o.target_groups(),
                    "sist_verifisert": o.last_verified().to_string(),
                    "illustrativ": o.is_illustrative(),
                },
            })
        })
        .collect();
    let collection = json!({ "type": "FeatureCollection", "features": features });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}
