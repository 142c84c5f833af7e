//! Strings of the coverage status page (`/status`).

use crate::i18n::Locale;
use leptos::prelude::*;

/// Every string of the status page.
#[derive(Debug)]
pub struct StatusStrings {
    /// Heading: national coverage.
    pub national_heading: &'static str,
    /// "… av … kommuner har bekreftet et tilbud".
    pub national_sentence: &'static str,
    /// "… bekreftede tilbud i alt." after the number of confirmed offers.
    pub national_offers: &'static str,
    /// The examples on the map, which are not coverage: (example offers, municipalities with
    /// examples only) → the sentence.
    pub national_examples: fn(usize, usize) -> String,
    /// Heading: per county.
    pub counties_heading: &'static str,
    /// Caption of the county table.
    pub counties_caption: &'static str,
    /// Column headings.
    pub col_county: &'static str,
    /// See [`StatusStrings::col_county`].
    pub col_municipalities: &'static str,
    /// See [`StatusStrings::col_county`].
    pub col_covered: &'static str,
    /// See [`StatusStrings::col_county`].
    pub col_examples_only: &'static str,
    /// See [`StatusStrings::col_county`].
    pub col_share: &'static str,
    /// See [`StatusStrings::col_county`].
    pub col_offers: &'static str,
    /// See [`StatusStrings::col_county`].
    pub col_example_offers: &'static str,
    /// Heading: municipalities without an offer.
    pub missing_heading: &'static str,
    /// Label of the county filter for the missing list.
    pub missing_filter: &'static str,
    /// All counties.
    pub all_counties: &'static str,
    /// Sort by name.
    pub sort_name: &'static str,
    /// Sort by number.
    pub sort_number: &'static str,
    /// "… kommuner uten bekreftet tilbud".
    pub missing_count: &'static str,
    /// After a municipality in the missing list that has examples on the map.
    pub missing_has_example: &'static str,
    /// Link text: see on the map.
    pub see_on_map: &'static str,
    /// Link text: how to get started.
    pub get_started: &'static str,
    /// Heading: offers by kind.
    pub kinds_heading: &'static str,
    /// Explains that an offer can count in several rows.
    pub kinds_text: &'static str,
    /// Column heading of the venue table.
    pub col_venue: &'static str,
    /// Column heading of the format table.
    pub col_format: &'static str,
    /// Column heading of the target group table.
    pub col_target_group: &'static str,
    /// Caption: venue kinds.
    pub by_venue: &'static str,
    /// Caption: formats.
    pub by_format: &'static str,
    /// Caption: target groups.
    pub by_target_group: &'static str,
    /// Column: count of offers.
    pub col_count: &'static str,
    /// Heading: stale entries.
    pub stale_heading: &'static str,
    /// Explanation of staleness.
    pub stale_text: &'static str,
    /// "… tilbud er ikke bekreftet …" after the count.
    pub stale_count: &'static str,
    /// "sist bekreftet" before a date.
    pub stale_verified: &'static str,
    /// Link to the update form.
    pub stale_update: &'static str,
    /// No stale entries.
    pub stale_none: &'static str,
    /// Heading: the 2017 baseline.
    pub baseline_heading: &'static str,
    /// The baseline text.
    pub baseline_text: &'static str,
    /// Baseline rows: key (for the CSV), label and share in per cent.
    pub baseline_rows: &'static [(&'static str, &'static str, u8)],
    /// Column heading: the answer.
    pub baseline_col_answer: &'static str,
    /// Caption of the baseline table.
    pub baseline_caption: &'static str,
    /// The baseline's source.
    pub baseline_source: &'static str,
    /// Heading: export.
    pub export_heading: &'static str,
    /// Export button.
    pub export_button: &'static str,
    /// Export explanation.
    pub export_text: &'static str,
    /// Text alternative of the bar chart.
    pub chart_alt: &'static str,
}

/// Bokmål.
pub static STATUS_NB: StatusStrings = StatusStrings {
    national_heading: "Hele landet",
    national_sentence: "kommuner har bekreftet et tilbud",
    national_offers: "bekreftede tilbud i alt.",
    national_examples: |examples, places| {
        let what = match examples {
            1 => "1 eksempel. Eksempelet er".to_owned(),
            n => format!("{n} eksempler. Eksemplene er"),
        };
        let place = match places {
            1 => "1 kommune har".to_owned(),
            n => format!("{n} kommuner har"),
        };
        format!(
            "Kartet viser også {what} ikke bekreftet av kommunene og teller ikke med her. \
             {place} bare eksempler."
        )
    },
    counties_heading: "Fylke for fylke",
    counties_caption: "Kommuner med bekreftet tilbud, per fylke",
    col_county: "Fylke",
    col_municipalities: "Kommuner",
    col_covered: "Med bekreftet tilbud",
    col_examples_only: "Bare eksempler",
    col_share: "Andel",
    col_offers: "Tilbud i alt",
    col_example_offers: "Av dem eksempler",
    missing_heading: "Kommuner uten bekreftet tilbud",
    missing_filter: "Vis kommuner i",
    all_counties: "Alle fylker",
    sort_name: "Sorter etter navn",
    sort_number: "Sorter etter kommunenummer",
    missing_count: "kommuner uten bekreftet tilbud",
    missing_has_example: "har et eksempel på kartet",
    see_on_map: "Se på kartet",
    get_started: "Slik kommer dere i gang",
    kinds_heading: "Hva slags tilbud finnes?",
    kinds_text: "Et tilbud kan gis på flere måter og til flere målgrupper, så det kan telle i flere rader.",
    col_venue: "Type sted",
    col_format: "Måten hjelpen gis på",
    col_target_group: "Målgruppe",
    by_venue: "Tilbud etter type sted",
    by_format: "Tilbud etter måten hjelpen gis på",
    by_target_group: "Tilbud etter målgruppe",
    col_count: "Antall tilbud",
    stale_heading: "Opplysninger som bør sjekkes",
    stale_count: "tilbud er ikke bekreftet de siste 12 månedene.",
    stale_text: "Opplysningene om dem kan være gamle. Tilbudene som er hentet fra prosjektrapporten \
                 fra 2018, står her til kommunen har bekreftet eller rettet dem.",
    stale_verified: "sist bekreftet",
    stale_update: "Er du fra kommunen? Bekreft eller rett opplysningene i skjemaet",
    stale_none: "Alle tilbudene er bekreftet de siste 12 månedene.",
    baseline_heading: "Utgangspunktet i 2017",
    baseline_text: "Våren 2017 sendte prosjektgruppen i KMD og KS en spørreundersøkelse til alle \
                    kommunene, og 103 kommuner svarte. Ett spørsmål var i hvilken grad kommunen hadde et \
                    tilbud som hjelper innbyggerne å bli flinkere digitalt. Tallene er fra før dagens \
                    oversikt fantes, og gjelder bare kommunene som svarte, så de kan ikke sammenlignes \
                    direkte med tallene over.",
    baseline_rows: &[
        ("stor", "I stor eller ganske stor grad", 17),
        ("middels", "I middels grad", 41),
        ("liten", "I liten grad eller ikke i det hele tatt", 42),
    ],
    baseline_col_answer: "Har kommunen et slikt tilbud?",
    baseline_caption: "Svar fra 103 kommuner, våren 2017",
    baseline_source: "Kilde: prosjektrapporten Digihjelpen (KMD og KS, 2018), kapittel 3.2.",
    export_heading: "Last ned tallene",
    export_button: "Last ned som CSV",
    export_text: "Filen inneholder alle tallene på denne siden og kan åpnes i et regneark.",
    chart_alt: "Søylediagram over andelen kommuner med bekreftet tilbud i hvert fylke. Tallene står i tabellen under.",
};

/// The status page's strings for the active [`Locale`] (bokmål only for now).
pub fn status_strings() -> &'static StatusStrings {
    match use_context::<Locale>().unwrap_or_default() {
        Locale::Nb | Locale::Nn | Locale::En => &STATUS_NB,
    }
}
