//! Offers (tilbud): one municipal help offer at one place, as listed in `tilbud.json`.
//!
//! The fields follow the 2017 survey (Vedlegg 2 of the report) and what a citizen needs to act.
//! See [`parse_offers`](crate::parse_offers) for the file format and its rules.

mod hours;
mod id;
pub(crate) mod kinds;
pub(crate) mod parse;
pub(crate) mod wire;

use crate::date::Date;
use crate::geo::{Point, Precision};
use crate::language::Language;
use crate::municipality::{CountyNumber, MunicipalityNumber};
use crate::target_group::TargetGroup;
use crate::topic::Topic;

pub use self::hours::{OpeningHours, Slot, Time};
pub use self::id::OfferId;
pub use self::kinds::{DeliveredBy, Format, Organisation, Partner, Staffing, VenueKind, Weekday};
pub use crate::contact::{Email, HttpsUrl, PhoneNumber};

/// Months after which an offer's `sist_verifisert` date makes it stale.
pub const STALE_AFTER_MONTHS: u32 = 12;

/// One help offer. Built only by parsing (or by the synthetic generator), so every field
/// holds a validated value.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub(crate) id: OfferId,
    pub(crate) municipality: MunicipalityNumber,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) venue: Venue,
    /// The municipality's representative point (used when the venue has no position).
    pub(crate) municipality_point: Point,
    pub(crate) organisation: Option<Organisation>,
    pub(crate) topics: Vec<Topic>,
    pub(crate) formats: Vec<Format>,
    pub(crate) target_groups: Vec<TargetGroup>,
    pub(crate) languages: Vec<Language>,
    pub(crate) anchoring: Option<String>,
    pub(crate) delivered_by: Option<DeliveredBy>,
    pub(crate) staffing: Option<Staffing>,
    pub(crate) partners: Vec<Partner>,
    pub(crate) opening_hours: Option<OpeningHours>,
    pub(crate) bring_own_device: Option<bool>,
    pub(crate) accessibility: Accessibility,
    pub(crate) contact: Contact,
    pub(crate) last_verified: Date,
    pub(crate) source: Option<String>,
    pub(crate) illustrative: bool,
}

/// Where the help is given (`sted`).
#[derive(Debug, Clone, PartialEq)]
pub struct Venue {
    pub(crate) kind: VenueKind,
    pub(crate) name: Option<String>,
    pub(crate) address: Option<String>,
    pub(crate) position: Option<Point>,
}

impl Venue {
    /// The kind of place.
    pub fn kind(&self) -> VenueKind {
        self.kind
    }

    /// The place's name, e.g. "Sandefjord bibliotek".
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The street address.
    pub fn address(&self) -> Option<&str> {
        self.address.as_deref()
    }

    /// The venue's own position, when the data gives one.
    pub fn position(&self) -> Option<Point> {
        self.position
    }
}

/// Accessibility of the venue (`tilgjengelighet`); `None` = not stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Accessibility {
    pub(crate) step_free: Option<bool>,
    pub(crate) hearing_loop: Option<bool>,
}

impl Accessibility {
    /// Step-free access (`trinnfri_adkomst`).
    pub fn step_free(&self) -> Option<bool> {
        self.step_free
    }

    /// Hearing loop (`teleslynge`).
    pub fn hearing_loop(&self) -> Option<bool> {
        self.hearing_loop
    }
}

/// How to get in touch (`kontakt`); every part is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    pub(crate) phone: Option<PhoneNumber>,
    pub(crate) email: Option<Email>,
    pub(crate) web: Option<HttpsUrl>,
}

impl Contact {
    /// Phone (`telefon`).
    pub fn phone(&self) -> Option<&PhoneNumber> {
        self.phone.as_ref()
    }

    /// E-mail (`epost`).
    pub fn email(&self) -> Option<&Email> {
        self.email.as_ref()
    }

    /// Web page (`nettside`), always https.
    pub fn web(&self) -> Option<&HttpsUrl> {
        self.web.as_ref()
    }

    /// True when no contact details are given.
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.web.is_none()
    }
}

impl Offer {
    /// The unique id (`id`).
    pub fn id(&self) -> &OfferId {
        &self.id
    }

    /// The municipality (`kommune`), always one in the registry used for parsing.
    pub fn municipality(&self) -> MunicipalityNumber {
        self.municipality
    }

    /// The county, from the municipality number.
    pub fn county(&self) -> CountyNumber {
        self.municipality.county()
    }

    /// The offer's name (`navn`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A plain-text description (`beskrivelse`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Where the help is given (`sted`).
    pub fn venue(&self) -> &Venue {
        &self.venue
    }

    /// Where to show the offer on a map, and how exact that is: the venue's own position,
    /// or the municipality's representative point ([`Precision::Municipality`]: show
    /// "omtrentlig plassering").
    pub fn position(&self) -> (Point, Precision) {
        match self.venue.position {
            Some(p) => (p, Precision::Exact),
            None => (self.municipality_point, Precision::Municipality),
        }
    }

    /// How the offer is organised (`organisering`).
    pub fn organisation(&self) -> Option<Organisation> {
        self.organisation
    }

    /// Topics (`temaer`).
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// Formats (`former`).
    pub fn formats(&self) -> &[Format] {
        &self.formats
    }

    /// Target groups (`malgrupper`), at least one.
    pub fn target_groups(&self) -> &[TargetGroup] {
        &self.target_groups
    }

    /// Languages the help is given in (`sprak`); empty when not stated.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The anchoring unit (`forankring`), free text.
    pub fn anchoring(&self) -> Option<&str> {
        self.anchoring.as_deref()
    }

    /// Who delivers the help (`utfort_av`).
    pub fn delivered_by(&self) -> Option<DeliveredBy> {
        self.delivered_by
    }

    /// Staff set aside (`bemanning`).
    pub fn staffing(&self) -> Option<Staffing> {
        self.staffing
    }

    /// Partners (`partnere`).
    pub fn partners(&self) -> &[Partner] {
        &self.partners
    }

    /// Opening hours (`apningstider`).
    pub fn opening_hours(&self) -> Option<&OpeningHours> {
        self.opening_hours.as_ref()
    }

    /// Whether citizens may bring their own device (`ta_med_egen_enhet`).
    pub fn bring_own_device(&self) -> Option<bool> {
        self.bring_own_device
    }

    /// Accessibility of the venue (`tilgjengelighet`).
    pub fn accessibility(&self) -> Accessibility {
        self.accessibility
    }

    /// Contact details (`kontakt`).
    pub fn contact(&self) -> &Contact {
        &self.contact
    }

    /// When the entry was last checked (`sist_verifisert`), never after the parse date.
    pub fn last_verified(&self) -> Date {
        self.last_verified
    }

    /// True when last verified more than [`STALE_AFTER_MONTHS`] months before `today`.
    pub fn is_stale(&self, today: Date) -> bool {
        self.last_verified.is_older_than(STALE_AFTER_MONTHS, today)
    }

    /// The source of the facts (`kilde`): a document and chapter, or who reported it.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// True for example data whose details are illustrative (`illustrativ`).
    pub fn is_illustrative(&self) -> bool {
        self.illustrative
    }
}
