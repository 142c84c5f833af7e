//! Strings of the site search (`/sok`).

use leptos::prelude::*;

use super::Locale;

/// Every string of the search page.
#[derive(Debug)]
pub struct SearchStrings {
    /// `aria-label` of the search landmark.
    pub form_label: &'static str,
    /// Label of the search field.
    pub field_label: &'static str,
    /// The search button.
    pub button: &'static str,
    /// Before anything is searched: what to try.
    pub prompt: &'static str,
    /// "{n} treff for «{q}»": the word after the number.
    pub hits: &'static str,
    /// See [`SearchStrings::hits`]: between the number and the query.
    pub hits_for: &'static str,
    /// Group heading: handbook pages.
    pub group_handbook: &'static str,
    /// Group heading: municipalities.
    pub group_municipalities: &'static str,
    /// Group heading: offers.
    pub group_offers: &'static str,
    /// Group heading: resources.
    pub group_resources: &'static str,
    /// A municipality's number of offers: the word after the number.
    pub municipality_offers: &'static str,
    /// A municipality without offers.
    pub municipality_none: &'static str,
    /// Link text under a municipality: see it on the map.
    pub municipality_map: &'static str,
    /// No hits: the sentence before the query.
    pub none_before: &'static str,
    /// No hits: heading of the suggestions.
    pub none_try: &'static str,
    /// No hits: suggestions, one per line.
    pub none_suggestions: [&'static str; 3],
    /// No hits: link to the map.
    pub none_map: &'static str,
    /// No hits: link to the handbook.
    pub none_handbook: &'static str,
    /// Shown while the handbook's texts load.
    pub searching: &'static str,
}

impl SearchStrings {
    /// "3 treff for «tromso»".
    pub fn count(&self, n: usize, query: &str) -> String {
        format!("{n} {} {}«{query}»", self.hits, self.hits_for)
    }
}

/// Bokmål.
pub static SEARCH_NB: SearchStrings = SearchStrings {
    form_label: "Søk på nettstedet",
    field_label: "Hva leter du etter?",
    button: "Søk",
    prompt: "Skriv et ord, for eksempel navnet på kommunen din, «sjekkliste» eller «NAV».",
    hits: "treff",
    hits_for: "for ",
    group_handbook: "I håndboken",
    group_municipalities: "Kommuner",
    group_offers: "Tilbud",
    group_resources: "Ressurser",
    municipality_offers: "registrerte tilbud",
    municipality_none: "Ingen registrerte tilbud ennå.",
    municipality_map: "Se på kartet",
    none_before: "Ingen treff for ",
    none_try: "Dette kan du prøve:",
    none_suggestions: [
        "Sjekk at ordet er skrevet riktig.",
        "Bruk færre ord, eller et annet ord som betyr det samme.",
        "Søk på navnet på kommunen din for å finne hjelp der du bor.",
    ],
    none_map: "Finn hjelp på kartet",
    none_handbook: "Les håndboken for kommunene",
    searching: "Søker i håndboken …",
};

/// The search strings for the [`Locale`] in context (bokmål only for now).
pub fn search_strings() -> &'static SearchStrings {
    match use_context::<Locale>().unwrap_or_default() {
        Locale::Nb | Locale::Nn | Locale::En => &SEARCH_NB,
    }
}
