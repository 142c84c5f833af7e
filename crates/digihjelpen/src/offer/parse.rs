//! Parsing and validating `tilbud.json`.

use std::collections::HashMap;

use serde_json::Value;

use crate::date::Date;
use crate::error::{DataError, ProblemKind, Problems};
use crate::geo::Point;
use crate::offer::hours::{OpeningHours, Slot, Time};
use crate::offer::{Accessibility, Contact, Offer, OfferId, Venue};
use crate::read::{self, Obj};
use crate::registry::Registry;

/// Extra distance allowed beyond a municipality's radius before a position is rejected, km.
///
/// A position is "far outside its municipality" when its distance from the municipality's
/// representative point exceeds the municipality's radius (the farthest boundary point,
/// `radius_km` in `kommuner.json`) plus this slack, which absorbs boundary simplification
/// and border changes since 2020. Without `radius_km` the radius is 75 km.
pub const POSITION_SLACK_KM: f64 = 10.0;

const OFFER_KEYS: &[&str] = &[
    "id",
    "kommune",
    "navn",
    "beskrivelse",
    "sted",
    "organisering",
    "temaer",
    "former",
    "malgrupper",
    "sprak",
    "forankring",
    "utfort_av",
    "bemanning",
    "partnere",
    "apningstider",
    "ta_med_egen_enhet",
    "tilgjengelighet",
    "kontakt",
    "sist_verifisert",
    "kilde",
    "illustrativ",
];

/// Parses and validates `tilbud.json`: `{"tilbud": [ … ]}`.
///
/// Every offer is checked against the registry (municipality numbers must exist, exact
/// positions must lie within the municipality's radius plus [`POSITION_SLACK_KM`]) and
/// against `today` (`sist_verifisert` must not be in the future). Ids must be unique.
/// Text fields must be plain text (no HTML); links must be `https`.
///
/// The format is documented in `public/data/FORMAT.md` and by the JSON Schema
/// `public/data/tilbud.schema.json`.
///
/// # Errors
/// A [`DataError`] listing every problem, each with its JSON path, e.g.
/// `tilbud[3].kontakt.epost: "ola@" er ikke en gyldig e-postadresse`.
///
/// # Example
/// ```
/// use digihjelpen::{parse_offers, Date, Registry};
/// let registry = Registry::from_json(include_str!("../../../../public/data/kommuner.json")).unwrap();
/// let today = Date::from_ymd(2026, 11, 22).unwrap();
/// let json = r#"{"tilbud": [{"id": "x", "kommune": "5037", "navn": "Digital hjelp",
///     "sted": {"type": "bibliotek"}, "malgrupper": ["eldre"], "sist_verifisert": "2026-10-01",
///     "kontakt": {"epost": "ola@"}}]}"#;
/// let err = parse_offers(json, &registry, today).unwrap_err();
/// assert_eq!(err.to_string(), r#"tilbud[0].kontakt.epost: "ola@" er ikke en gyldig e-postadresse"#);
/// ```
pub fn parse_offers(json: &str, registry: &Registry, today: Date) -> Result<Vec<Offer>, DataError> {
    parse_offers_value(&read::parse_json(json)?, registry, today)
}

/// [`parse_offers`] on JSON already parsed.
pub(crate) fn parse_offers_value(
    root: &Value,
    registry: &Registry,
    today: Date,
) -> Result<Vec<Offer>, DataError> {
    let mut problems = Problems::default();
    let mut offers = Vec::new();
    let mut seen: HashMap<OfferId, usize> = HashMap::new();
    if let Some(items) = read::top_list(root, "tilbud", &mut problems) {
        for (i, item) in items.iter().enumerate() {
            let path = read::index("tilbud", i);
            let ctx = Context { registry, today };
            let before = problems.len();
            if let Some(offer) = read_offer(item, path.clone(), &ctx, &mut problems) {
                if seen.insert(offer.id.clone(), i).is_some() {
                    let kind = ProblemKind::DuplicateId(offer.id.to_string());
                    problems.push(read::join(&path, "id"), kind);
                } else if problems.len() == before {
                    offers.push(offer);
                }
            }
        }
    }
    problems.finish(offers)
}

struct Context<'r> {
    registry: &'r Registry,
    today: Date,
}

fn read_offer(
    item: &Value,
    path: String,
    ctx: &Context<'_>,
    problems: &mut Problems,
) -> Option<Offer> {
    let mut o = Obj::new(item, path, OFFER_KEYS, problems)?;
    let id = o.req_parse::<OfferId>("id");
    let municipality = o.req_raw_str("kommune").and_then(|n| {
        ctx.registry
            .resolve(n)
            .map_err(|kind| o.push("kommune", kind))
            .ok()
    });
    let name = o.req_text("navn", 150);
    let description = o.opt_text("beskrivelse", 2000);
    let venue = o.required("sted").and_then(|v| {
        let path = o.path_of("sted");
        read_venue(v, path, municipality, o.problems)
    });
    let organisation = o.opt_parse("organisering");
    let topics = o.opt_values("temaer");
    let formats = o.opt_values("former");
    let target_groups = o.req_values("malgrupper");
    let languages = o.opt_values("sprak");
    let anchoring = o.opt_text("forankring", 200);
    let delivered_by = o.opt_parse("utfort_av");
    let staffing = o.opt_parse("bemanning");
    let partners = o.opt_values("partnere");
    let opening_hours = o.get("apningstider").and_then(|v| {
        let path = o.path_of("apningstider");
        read_hours(v, path, o.problems)
    });
    let bring_own_device = o.opt_bool("ta_med_egen_enhet");
    let accessibility = match o.get("tilgjengelighet") {
        Some(v) => {
            let path = o.path_of("tilgjengelighet");
            read_accessibility(v, path, o.problems)?
        }
        None => Accessibility::default(),
    };
    let contact = match o.get("kontakt") {
        Some(v) => {
            let path = o.path_of("kontakt");
            read_contact(v, path, o.problems)?
        }
        None => Contact::default(),
    };
    let last_verified = o.req_parse::<Date>("sist_verifisert").and_then(|d| {
        if d > ctx.today {
            o.push(
                "sist_verifisert",
                ProblemKind::FutureDate {
                    date: d,
                    today: ctx.today,
                },
            );
            None
        } else {
            Some(d)
        }
    });
    let source = o.opt_text("kilde", 300);
    let illustrative = o.opt_bool("illustrativ").unwrap_or(false);
    let municipality = municipality?;
    Some(Offer {
        id: id?,
        municipality: municipality.number(),
        name: name?,
        description,
        venue: venue?,
        municipality_point: municipality.point(),
        organisation,
        topics,
        formats,
        target_groups: target_groups?,
        languages,
        anchoring,
        delivered_by,
        staffing,
        partners,
        opening_hours,
        bring_own_device,
        accessibility,
        contact,
        last_verified: last_verified?,
        source,
        illustrative,
    })
}

fn read_venue(
    v: &Value,
    path: String,
    municipality: Option<&crate::Municipality>,
    problems: &mut Problems,
) -> Option<Venue> {
    let mut o = Obj::new(v, path, &["type", "navn", "adresse", "posisjon"], problems)?;
    let kind = o.req_parse("type");
    let name = o.opt_text("navn", 150);
    let address = o.opt_text("adresse", 200);
    let mut position = None;
    let mut position_ok = true;
    if let Some(p) = o.get("posisjon") {
        let path = o.path_of("posisjon");
        position = read_point(p, path.clone(), o.problems);
        position_ok = position.is_some();
        if let (Some(p), Some(m)) = (position, municipality) {
            let km = p.distance_km(m.point());
            let max_km = m.radius_km() + POSITION_SLACK_KM;
            if km > max_km {
                let municipality = m.name_nb().to_owned();
                o.problems.push(
                    path,
                    ProblemKind::FarFromMunicipality {
                        km,
                        municipality,
                        max_km,
                    },
                );
                position_ok = false;
            }
        }
    }
    let kind = kind?;
    position_ok.then_some(Venue {
        kind,
        name,
        address,
        position,
    })
}

fn read_point(v: &Value, path: String, problems: &mut Problems) -> Option<Point> {
    let mut o = Obj::new(v, path, &["lat", "lon"], problems)?;
    let (lat, lon) = (o.req_f64("lat"), o.req_f64("lon"));
    let (lat, lon) = (lat?, lon?);
    let path = o.path.clone();
    Point::new(lat, lon)
        .map_err(|kind| {
            let kind = match Point::new(lon, lat) {
                Ok(_) => ProblemKind::SwappedCoordinates { lat, lon },
                Err(_) => kind,
            };
            o.problems.push(path, kind)
        })
        .ok()
}

fn read_hours(v: &Value, path: String, problems: &mut Problems) -> Option<OpeningHours> {
    let mut o = Obj::new(v, path, &["tider", "etter_avtale", "merknad"], problems)?;
    let slots = o.opt_list("tider", read_slot);
    let by_appointment = o.opt_bool("etter_avtale").unwrap_or(false);
    let note = o.opt_text("merknad", 300);
    Some(OpeningHours {
        slots: slots?,
        by_appointment,
        note,
    })
}

fn read_slot(v: &Value, path: String, problems: &mut Problems) -> Option<Slot> {
    let mut o = Obj::new(v, path, &["dag", "fra", "til"], problems)?;
    let day = o.req_parse("dag");
    let from: Option<Time> = o.req_parse("fra");
    let to: Option<Time> = o.req_parse("til");
    let (from, to) = (from?, to?);
    match Slot::new(day?, from, to) {
        Some(slot) => Some(slot),
        None => {
            let kind = ProblemKind::BadTimeRange {
                from: from.to_string(),
                to: to.to_string(),
            };
            o.push("til", kind);
            None
        }
    }
}

fn read_accessibility(v: &Value, path: String, problems: &mut Problems) -> Option<Accessibility> {
    let mut o = Obj::new(v, path, &["trinnfri_adkomst", "teleslynge"], problems)?;
    let step_free = o.opt_bool("trinnfri_adkomst");
    let hearing_loop = o.opt_bool("teleslynge");
    Some(Accessibility {
        step_free,
        hearing_loop,
    })
}

fn read_contact(v: &Value, path: String, problems: &mut Problems) -> Option<Contact> {
    let mut o = Obj::new(v, path, &["telefon", "epost", "nettside"], problems)?;
    let before = o.problems.len();
    let phone = o.opt_parse("telefon");
    let email = o.opt_parse("epost");
    let web = o.opt_parse("nettside");
    (o.problems.len() == before).then_some(Contact { phone, email, web })
}
