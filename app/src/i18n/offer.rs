//! Strings that describe one offer: the labels and values of its facts and the notes above
//! them, shared by the map's popups, the lists and the embed widget — in bokmål, nynorsk and
//! English, since the widget can be shown in all three.

use super::Locale;

/// The words of an offer's facts.
#[derive(Debug)]
pub struct OfferStrings {
    /// The language, also of the vocabulary labels (`VenueKind::label`, …).
    pub locale: Locale,
    /// Fact labels.
    pub d_municipality: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_venue: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_organisation: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_formats: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_hours: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_languages: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_access: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_phone: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_email: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_web: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_verified: &'static str,
    /// See [`OfferStrings::d_municipality`].
    pub d_target_groups: &'static str,
    /// Value when the source gives nothing.
    pub not_given: &'static str,
    /// Opening hours: by appointment.
    pub by_appointment: &'static str,
    /// Accessibility values.
    pub step_free_yes: &'static str,
    /// See [`OfferStrings::step_free_yes`].
    pub step_free_no: &'static str,
    /// See [`OfferStrings::step_free_yes`].
    pub hearing_loop_yes: &'static str,
    /// See [`OfferStrings::step_free_yes`].
    pub hearing_loop_no: &'static str,
    /// Last verified more than 12 months ago.
    pub stale: &'static str,
    /// The position is the municipality's point.
    pub approximate: &'static str,
    /// The entry is example data.
    pub illustrative: &'static str,
}

impl OfferStrings {
    /// The table for `locale`.
    pub fn of(locale: Locale) -> &'static OfferStrings {
        match locale {
            Locale::Nb => &OFFER_NB,
            Locale::Nn => &OFFER_NN,
            Locale::En => &OFFER_EN,
        }
    }
}

/// The offer strings for the active [`Locale`] (from context; bokmål without one).
pub fn offer_strings() -> &'static OfferStrings {
    OfferStrings::of(leptos::prelude::use_context::<Locale>().unwrap_or_default())
}

/// Bokmål.
pub static OFFER_NB: OfferStrings = OfferStrings {
    locale: Locale::Nb,
    d_municipality: "Kommune",
    d_venue: "Sted",
    d_organisation: "Organisering",
    d_formats: "Slik får du hjelp",
    d_hours: "Åpningstider",
    d_languages: "Språk",
    d_access: "Tilgjengelighet",
    d_phone: "Telefon",
    d_email: "E-post",
    d_web: "Nettside",
    d_verified: "Sist bekreftet",
    d_target_groups: "For",
    not_given: "Ikke oppgitt",
    by_appointment: "Etter avtale",
    step_free_yes: "Trinnfri adkomst",
    step_free_no: "Ikke trinnfri adkomst",
    hearing_loop_yes: "Teleslynge",
    hearing_loop_no: "Ingen teleslynge",
    stale: "Mer enn 12 måneder siden – sjekk med kommunen",
    approximate: "Omtrentlig plassering: vist midt i kommunen",
    illustrative: "Eksempeldata: bygger på en rapport fra 2018, ikke bekreftet i dag",
};

/// Nynorsk.
pub static OFFER_NN: OfferStrings = OfferStrings {
    locale: Locale::Nn,
    d_municipality: "Kommune",
    d_venue: "Stad",
    d_organisation: "Organisering",
    d_formats: "Slik får du hjelp",
    d_hours: "Opningstider",
    d_languages: "Språk",
    d_access: "Tilgjenge",
    d_phone: "Telefon",
    d_email: "E-post",
    d_web: "Nettside",
    d_verified: "Sist stadfesta",
    d_target_groups: "For",
    not_given: "Ikkje oppgitt",
    by_appointment: "Etter avtale",
    step_free_yes: "Trinnfri tilkomst",
    step_free_no: "Ikkje trinnfri tilkomst",
    hearing_loop_yes: "Teleslynge",
    hearing_loop_no: "Inga teleslynge",
    stale: "Meir enn 12 månader sidan – sjekk med kommunen",
    approximate: "Omtrentleg plassering: vist midt i kommunen",
    illustrative: "Eksempeldata: byggjer på ein rapport frå 2018, ikkje stadfesta i dag",
};

/// English.
pub static OFFER_EN: OfferStrings = OfferStrings {
    locale: Locale::En,
    d_municipality: "Municipality",
    d_venue: "Place",
    d_organisation: "Organised as",
    d_formats: "How you get help",
    d_hours: "Opening hours",
    d_languages: "Languages",
    d_access: "Accessibility",
    d_phone: "Phone",
    d_email: "Email",
    d_web: "Website",
    d_verified: "Last confirmed",
    d_target_groups: "For",
    not_given: "Not given",
    by_appointment: "By appointment",
    step_free_yes: "Step-free access",
    step_free_no: "No step-free access",
    hearing_loop_yes: "Hearing loop",
    hearing_loop_no: "No hearing loop",
    stale: "More than 12 months ago – check with the municipality",
    approximate: "Approximate location: shown in the middle of the municipality",
    illustrative: "Example data: based on a report from 2018, not confirmed today",
};
