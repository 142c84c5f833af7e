//! The JSON shape of `tilbud.json`, for writing offers and for the JSON Schema.
//!
//! Reading goes through [`parse`](super::parse), which validates; these types only describe
//! and produce the format. A round-trip test keeps the two in agreement.

use serde::Serialize;

use crate::geo::Point;
use crate::language::Language;
use crate::offer::hours::OpeningHours;
use crate::offer::kinds::{
    DeliveredBy, Format, Organisation, Partner, Staffing, VenueKind, Weekday,
};
use crate::offer::Offer;
use crate::target_group::TargetGroup;
use crate::topic::Topic;

/// `tilbud.json`: the registered help offers.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OfferFile {
    /// The offers. Ids are unique.
    pub tilbud: Vec<OfferJson>,
}

/// One help offer at one place.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct OfferJson {
    /// Unique, stable id: a-z, 0-9 and hyphens, e.g. `levanger-servicekontor`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// Municipality number, four digits, 2024 numbering (must exist in kommuner.json).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9]{4}$")))]
    pub kommune: String,
    /// The offer's name, plain text (no HTML), at most 150 characters.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 150)))]
    pub navn: String,
    /// Plain-text description, at most 2000 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beskrivelse: Option<String>,
    /// Where the help is given.
    pub sted: VenueJson,
    /// How the offer is organised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisering: Option<Organisation>,
    /// What the help is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub temaer: Vec<Topic>,
    /// How the help is given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub former: Vec<Format>,
    /// Who the offer is for: at least one.
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true)))]
    pub malgrupper: Vec<TargetGroup>,
    /// Languages, ISO 639 codes (nb, nn, se, en, ar, so, ti, ur, pl, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<LanguageCode>", extend("uniqueItems" = true)))]
    pub sprak: Vec<Language>,
    /// The unit the offer is anchored in, plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forankring: Option<String>,
    /// Who delivers the help.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utfort_av: Option<DeliveredBy>,
    /// Staff set aside, full-time equivalents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bemanning: Option<Staffing>,
    /// Partners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub partnere: Vec<Partner>,
    /// Opening hours. Leave out when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apningstider: Option<HoursJson>,
    /// Citizens may bring their own phone, tablet or PC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ta_med_egen_enhet: Option<bool>,
    /// Accessibility of the venue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tilgjengelighet: Option<AccessibilityJson>,
    /// Contact details. Leave out what is not known; never invent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kontakt: Option<ContactJson>,
    /// Date the entry was last checked, YYYY-MM-DD, not in the future.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    )]
    pub sist_verifisert: String,
    /// Source of the facts: document and chapter, or who reported them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kilde: Option<String>,
    /// True for example data whose details are illustrative.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub illustrativ: bool,
}

/// An ISO 639 language code.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct LanguageCode(#[schemars(regex(pattern = r"^[a-z]{2,3}$"))] String);

/// Where the help is given.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct VenueJson {
    /// The kind of place.
    #[serde(rename = "type")]
    pub kind: VenueKind,
    /// The place's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub navn: Option<String>,
    /// Street address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adresse: Option<String>,
    /// The venue's position. Without it the municipality's point is used (shown as approximate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posisjon: Option<PointJson>,
}

/// A WGS84 position in Norway.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct PointJson {
    /// Latitude, degrees north.
    #[cfg_attr(feature = "schema", schemars(range(min = 57.7, max = 71.4)))]
    pub lat: f64,
    /// Longitude, degrees east.
    #[cfg_attr(feature = "schema", schemars(range(min = 4.0, max = 31.5)))]
    pub lon: f64,
}

/// Opening hours.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct HoursJson {
    /// Weekly slots.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tider: Vec<SlotJson>,
    /// Also (or only) by appointment.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub etter_avtale: bool,
    /// A plain-text note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merknad: Option<String>,
}

/// A weekly slot.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct SlotJson {
    /// Day of the week.
    pub dag: Weekday,
    /// Opens, HH:MM.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[0-2][0-9]:[0-5][0-9]$"))
    )]
    pub fra: String,
    /// Closes, HH:MM, after `fra`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[0-2][0-9]:[0-5][0-9]$"))
    )]
    pub til: String,
}

/// Accessibility of the venue.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct AccessibilityJson {
    /// Step-free access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trinnfri_adkomst: Option<bool>,
    /// Hearing loop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teleslynge: Option<bool>,
}

/// Contact details.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct ContactJson {
    /// Phone: 8 digits, or + and country code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefon: Option<String>,
    /// E-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(email))]
    pub epost: Option<String>,
    /// Web page, https only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^https://")))]
    pub nettside: Option<String>,
}

fn point(p: Point) -> PointJson {
    PointJson {
        lat: p.lat(),
        lon: p.lon(),
    }
}

fn hours(h: &OpeningHours) -> HoursJson {
    HoursJson {
        tider: h
            .slots
            .iter()
            .map(|s| SlotJson {
                dag: s.day,
                fra: s.from.to_string(),
                til: s.to.to_string(),
            })
            .collect(),
        etter_avtale: h.by_appointment,
        merknad: h.note.clone(),
    }
}

impl From<&Offer> for OfferJson {
    fn from(o: &Offer) -> OfferJson {
        let a = o.accessibility;
        let c = &o.contact;
        OfferJson {
            id: o.id.to_string(),
            kommune: o.municipality.to_string(),
            navn: o.name.clone(),
            beskrivelse: o.description.clone(),
            sted: VenueJson {
                kind: o.venue.kind,
                navn: o.venue.name.clone(),
                adresse: o.venue.address.clone(),
                posisjon: o.venue.position.map(point),
            },
            organisering: o.organisation,
            temaer: o.topics.clone(),
            former: o.formats.clone(),
            malgrupper: o.target_groups.clone(),
            sprak: o.languages.clone(),
            forankring: o.anchoring.clone(),
            utfort_av: o.delivered_by,
            bemanning: o.staffing,
            partnere: o.partners.clone(),
            apningstider: o.opening_hours.as_ref().map(hours),
            ta_med_egen_enhet: o.bring_own_device,
            tilgjengelighet: (a.step_free.is_some() || a.hearing_loop.is_some()).then_some(
                AccessibilityJson {
                    trinnfri_adkomst: a.step_free,
                    teleslynge: a.hearing_loop,
                },
            ),
            kontakt: (!c.is_empty()).then(|| ContactJson {
                telefon: c.phone.as_ref().map(ToString::to_string),
                epost: c.email.as_ref().map(ToString::to_string),
                nettside: c.web.as_ref().map(ToString::to_string),
            }),
            sist_verifisert: o.last_verified.to_string(),
            kilde: o.source.clone(),
            illustrativ: o.illustrative,
        }
    }
}

impl serde::Serialize for Offer {
    /// Serialises in the `tilbud.json` entry format.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        OfferJson::from(self).serialize(s)
    }
}

/// Writes offers as a `tilbud.json` document (pretty-printed, one field per line).
///
/// # Example
/// ```
/// # use digihjelpen::{parse_offers, offers_to_json, Date, Registry};
/// # let registry = Registry::from_json(include_str!("../../../../public/data/kommuner.json")).unwrap();
/// # let today = Date::from_ymd(2026, 11, 22).unwrap();
/// let json = include_str!("../../../../public/data/tilbud.json");
/// let offers = parse_offers(json, &registry, today).unwrap();
/// let again = parse_offers(&offers_to_json(&offers), &registry, today).unwrap();
/// assert_eq!(offers, again);
/// ```
pub fn offers_to_json(offers: &[Offer]) -> String {
    let file = OfferFile {
        tilbud: offers.iter().map(OfferJson::from).collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}
