//! Strings of the embed widget (`/embed`), in the three languages a municipal website can
//! choose with `sprak=nb|nn|en`. The words of each offer's facts are in [`OfferStrings`].

use super::offer::{OfferStrings, OFFER_EN, OFFER_NB, OFFER_NN};
use super::Locale;

/// Every string the widget shows.
#[derive(Debug)]
pub struct EmbedStrings {
    /// The `lang` of the page.
    pub lang: &'static str,
    /// The heading, with the place when there is one ("Tilbud om digital hjelp i Levanger").
    pub title: fn(Option<&str>) -> String,
    /// Appended to the heading in `<title>`.
    pub title_suffix: &'static str,
    /// The announced count of offers.
    pub count: fn(usize) -> String,
    /// When the URL's `kommune` or `fylke` names no known area.
    pub unknown_area: fn(&str) -> String,
    /// Shown while the data loads.
    pub loading: &'static str,
    /// Heading of the data error box.
    pub data_error_title: &'static str,
    /// What the reader can do when the data fails.
    pub data_error_help: &'static str,
    /// Label before the file name in the error box.
    pub data_error_file: &'static str,
    /// When more problems were found than the box lists.
    pub more_problems: fn(usize) -> String,
    /// The retry button.
    pub retry: &'static str,
    /// Said when the municipality has no registered offer.
    pub no_offer_in: fn(&str) -> String,
    /// Heading over the nearest offers elsewhere.
    pub nearest_heading: &'static str,
    /// Heading of the list (for screen readers).
    pub list_heading: &'static str,
    /// Label of the map region.
    pub map_label: &'static str,
    /// When the map library cannot load.
    pub map_failed: &'static str,
    /// When the base map's tiles cannot load.
    pub tiles_failed: &'static str,
    /// Button in a list item.
    pub show_on_map: &'static str,
    /// Loads more list items.
    pub show_more: &'static str,
    /// After a distance ("12,3 km unna").
    pub km_away: &'static str,
    /// The link to the full site (opens a new tab).
    pub see_all: &'static str,
    /// The map's credit line.
    pub map_credit: &'static str,
    /// The words of the offers' facts.
    pub offer: &'static OfferStrings,
}

impl EmbedStrings {
    /// The table for `locale`.
    pub fn of(locale: Locale) -> &'static EmbedStrings {
        match locale {
            Locale::Nb => &EMBED_NB,
            Locale::Nn => &EMBED_NN,
            Locale::En => &EMBED_EN,
        }
    }
}

/// Bokmål.
pub static EMBED_NB: EmbedStrings = EmbedStrings {
    lang: "nb",
    title: |place| match place {
        Some(p) => format!("Tilbud om digital hjelp i {p}"),
        None => "Tilbud om digital hjelp".to_owned(),
    },
    title_suffix: " – Digihjelpen",
    count: |n| match n {
        1 => "1 registrert tilbud".to_owned(),
        n => format!("{n} registrerte tilbud"),
    },
    unknown_area: |asked| {
        format!("Fant ingen kommune eller fylke med nummeret «{asked}». Her er tilbudene i hele landet.")
    },
    loading: "Laster inn …",
    data_error_title: "Vi fikk ikke lastet inn dataene",
    data_error_help: "Prøv igjen om litt, eller følg lenken til Digihjelpen nederst.",
    data_error_file: "Fil",
    more_problems: |n| format!("… og {n} feil til."),
    retry: "Prøv igjen",
    no_offer_in: |place| format!("{place} har ikke registrert noe tilbud ennå."),
    nearest_heading: "Nærmeste tilbud i andre kommuner",
    list_heading: "Tilbud",
    map_label: "Kart over tilbudene",
    map_failed: "Kartet kunne ikke lastes. Listen viser de samme tilbudene.",
    tiles_failed:
        "Bakgrunnskartet er ikke tilgjengelig akkurat nå. Listen viser de samme tilbudene.",
    show_on_map: "Vis på kartet",
    show_more: "Vis flere",
    km_away: "km unna",
    see_all: "Se alle tilbud på Digihjelpen (åpnes i ny fane)",
    map_credit: "Kart: © Kartverket",
    offer: &OFFER_NB,
};

/// Nynorsk.
pub static EMBED_NN: EmbedStrings = EmbedStrings {
    lang: "nn",
    title: |place| match place {
        Some(p) => format!("Tilbod om digital hjelp i {p}"),
        None => "Tilbod om digital hjelp".to_owned(),
    },
    title_suffix: " – Digihjelpen",
    count: |n| match n {
        1 => "1 registrert tilbod".to_owned(),
        n => format!("{n} registrerte tilbod"),
    },
    unknown_area: |asked| {
        format!(
            "Fann ingen kommune eller fylke med nummeret «{asked}». Her er tilboda i heile landet."
        )
    },
    loading: "Lastar inn …",
    data_error_title: "Vi fekk ikkje lasta inn dataa",
    data_error_help: "Prøv igjen om litt, eller følg lenka til Digihjelpen nedst.",
    data_error_file: "Fil",
    more_problems: |n| format!("… og {n} feil til."),
    retry: "Prøv igjen",
    no_offer_in: |place| format!("{place} har ikkje registrert noko tilbod enno."),
    nearest_heading: "Næraste tilbod i andre kommunar",
    list_heading: "Tilbod",
    map_label: "Kart over tilboda",
    map_failed: "Kartet kunne ikkje lastast. Lista viser dei same tilboda.",
    tiles_failed: "Bakgrunnskartet er ikkje tilgjengeleg akkurat no. Lista viser dei same tilboda.",
    show_on_map: "Vis på kartet",
    show_more: "Vis fleire",
    km_away: "km unna",
    see_all: "Sjå alle tilbod på Digihjelpen (blir opna i ny fane)",
    map_credit: "Kart: © Kartverket",
    offer: &OFFER_NN,
};

/// English.
pub static EMBED_EN: EmbedStrings = EmbedStrings {
    lang: "en",
    title: |place| match place {
        Some(p) => format!("Help with digital services in {p}"),
        None => "Help with digital services".to_owned(),
    },
    title_suffix: " – Digihjelpen",
    count: |n| match n {
        1 => "1 registered offer".to_owned(),
        n => format!("{n} registered offers"),
    },
    unknown_area: |asked| {
        format!("There is no municipality or county numbered “{asked}”. Here are the offers in all of Norway.")
    },
    loading: "Loading …",
    data_error_title: "We could not load the data",
    data_error_help:
        "Please try again in a little while, or follow the link to Digihjelpen at the bottom.",
    data_error_file: "File",
    more_problems: |n| format!("… and {n} more problems."),
    retry: "Try again",
    no_offer_in: |place| format!("{place} has not registered an offer yet."),
    nearest_heading: "Nearest offers in other municipalities",
    list_heading: "Offers",
    map_label: "Map of the offers",
    map_failed: "The map could not be loaded. The list shows the same offers.",
    tiles_failed: "The background map is not available right now. The list shows the same offers.",
    show_on_map: "Show on the map",
    show_more: "Show more",
    km_away: "km away",
    see_all: "See all offers on Digihjelpen (opens in a new tab)",
    map_credit: "Map: © Kartverket",
    offer: &OFFER_EN,
};
