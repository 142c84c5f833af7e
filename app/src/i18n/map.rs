//! Strings of the map page (`/kart`) and its lists; the facts of an offer are in [`super::offer`].

/// Every string of the map page.
#[derive(Debug)]
pub struct MapStrings {
    /// Heading of the search and filter section.
    pub search_heading: &'static str,
    /// Label of the search field.
    pub search_label: &'static str,
    /// Help under the search field.
    pub search_help: &'static str,
    /// The search button.
    pub search_button: &'static str,
    /// When a search finds nothing.
    pub search_none: &'static str,
    /// When Enter is pressed and several municipalities match.
    pub search_several: fn(usize) -> String,
    /// When four digits are no postcode we know.
    pub search_unknown_postcode: fn(&str) -> String,
    /// The geolocation button.
    pub near_me: &'static str,
    /// While waiting for the position.
    pub near_me_waiting: &'static str,
    /// When the user refuses or the position is unavailable.
    pub near_me_refused: &'static str,
    /// Heading over nearest offers from the user's position.
    pub near_me_heading: &'static str,
    /// Heading of the filters.
    pub filters_heading: &'static str,
    /// Filter legends.
    pub filter_target_group: &'static str,
    /// See [`MapStrings::filter_target_group`].
    pub filter_format: &'static str,
    /// See [`MapStrings::filter_target_group`].
    pub filter_language: &'static str,
    /// See [`MapStrings::filter_target_group`].
    pub filter_venue: &'static str,
    /// See [`MapStrings::filter_target_group`].
    pub filter_county: &'static str,
    /// The "any" option of the selects.
    pub filter_any: &'static str,
    /// Reset all filters.
    pub filter_reset: &'static str,
    /// The selected municipality, with a way to clear it.
    pub selected_municipality: &'static str,
    /// Clear the selected municipality.
    pub clear_municipality: &'static str,
    /// When the address names a municipality number no municipality has.
    pub unknown_municipality: fn(&str) -> String,
    /// Shown when the selected municipality has no registered offer.
    pub no_offer_in: &'static str,
    /// Heading over the nearest offers elsewhere.
    pub nearest_heading: &'static str,
    /// "km unna".
    pub km_away: &'static str,
    /// Heading of the list.
    pub list_heading: &'static str,
    /// Label of the map region.
    pub map_label: &'static str,
    /// Button in a list item: show on the map.
    pub show_on_map: &'static str,
    /// Load more list items.
    pub show_more: &'static str,
    /// Shown only without JavaScript, above the list.
    pub no_script: &'static str,
    /// Coverage layer toggle.
    pub coverage_toggle: &'static str,
    /// Legend: municipality with an offer.
    pub legend_covered: &'static str,
    /// Legend: municipality without an offer.
    pub legend_uncovered: &'static str,
    /// Legend: a municipality whose offers are all examples.
    pub legend_examples: &'static str,
    /// When the map library fails to load.
    pub map_failed: &'static str,
    /// Note shown when tiles fail.
    pub tiles_failed: &'static str,
    /// `aria-label` of the coverage legend.
    pub legend_label: &'static str,
    /// The announced count: shown offers, all registered offers.
    pub count: fn(usize, usize) -> String,
    /// In place of the count while the offers of the whole country load (the page started
    /// with one municipality's).
    pub loading_all: &'static str,
}

/// The map strings for the active [`Locale`](crate::i18n::Locale) (bokmål for now).
pub fn map_strings() -> &'static MapStrings {
    match leptos::prelude::use_context::<crate::i18n::Locale>().unwrap_or_default() {
        crate::i18n::Locale::Nb | crate::i18n::Locale::Nn | crate::i18n::Locale::En => &MAP_NB,
    }
}

/// Bokmål.
pub static MAP_NB: MapStrings = MapStrings {
    search_heading: "Finn tilbud",
    search_label: "Kommune eller postnummer",
    search_help: "Skriv navnet på kommunen eller et postnummer med fire siffer.",
    search_button: "Søk",
    search_none: "Fant ingen kommune eller postnummer som passer. Sjekk stavemåten, eller prøv et postnummer.",
    search_several: |n| format!("{n} kommuner passer. Velg én i listen med piltastene eller musen."),
    search_unknown_postcode: |code| format!("Vi kjenner ikke postnummeret {code}. Sjekk sifrene, eller skriv navnet på kommunen."),
    near_me: "Bruk min posisjon",
    near_me_waiting: "Finner posisjonen din …",
    near_me_refused: "Vi fikk ikke bruke posisjonen din. Det er helt i orden: søk på kommune eller postnummer i stedet.",
    near_me_heading: "Nærmeste tilbud fra der du er",
    filters_heading: "Avgrens",
    filter_target_group: "Hvem er tilbudet for?",
    filter_format: "Slik får du hjelp",
    filter_language: "Språk",
    filter_venue: "Type sted",
    filter_county: "Fylke",
    filter_any: "Alle",
    filter_reset: "Fjern alle valg",
    selected_municipality: "Valgt kommune:",
    clear_municipality: "Vis alle kommuner",
    unknown_municipality: |n| format!("Vi finner ingen kommune med nummeret {n}. Søk etter navnet på kommunen i stedet."),
    no_offer_in: "har ikke registrert noe tilbud ennå.",
    nearest_heading: "Nærmeste tilbud i andre kommuner",
    km_away: "km unna",
    list_heading: "Tilbud",
    map_label: "Kart over tilbudene",
    show_on_map: "Vis på kartet",
    show_more: "Vis flere",
    no_script: "Søket, filtrene og kartet virker bare med JavaScript. Her er alle tilbudene i en liste.",
    coverage_toggle: "Vis hvilke kommuner som har tilbud",
    legend_covered: "Kommunen har bekreftet et tilbud",
    legend_examples: "Bare eksempler, ikke bekreftet",
    legend_uncovered: "Ingen tilbud registrert",
    map_failed: "Kartet kunne ikke lastes. Listen viser de samme tilbudene.",
    tiles_failed: "Bakgrunnskartet er ikke tilgjengelig akkurat nå. Med valget over kan du vise kommunegrensene i stedet.",
    legend_label: "Tegnforklaring",
    count: |shown, total| format!("{shown} av {total} registrerte tilbud vises"),
    loading_all: "Henter tilbudene i hele landet …",
};
