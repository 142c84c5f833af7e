//! Search for a municipality by name or postcode: the rule that suggests municipalities for
//! what is typed (names by the domain crate's folding search, so `tromso` finds Tromsø; four
//! digits as a postcode), and the search form as the build renders it.

use digihjelpen::MunicipalityNumber;
use leptos::prelude::*;

use crate::i18n::map::map_strings;
use digihjelpen::Postcodes;

/// How many suggestions to show.
const MAX_SUGGESTIONS: usize = 8;

/// True for what is looked up as a postcode (four digits), not as a name.
pub fn is_postcode(q: &str) -> bool {
    q.len() == 4 && q.bytes().all(|b| b.is_ascii_digit())
}

/// The suggestions for what is typed: the municipality of a postcode ("7600 Levanger –
/// Levanger"; none until `postcodes` are loaded), or up to eight municipalities whose name
/// matches (the domain crate's search: `tromsoe` finds Tromsø), each with its county when
/// another municipality has the same name ("Herøy (Nordland)").
pub fn suggestions(
    registry: &digihjelpen::Registry,
    postcodes: Option<&Postcodes>,
    query: &str,
) -> Vec<(MunicipalityNumber, String)> {
    let q = query.trim();
    if q.is_empty() {
        return Vec::new();
    }
    if is_postcode(q) {
        let Some(codes) = postcodes else {
            return Vec::new();
        };
        return codes
            .lookup(q)
            .map(|p| {
                let name = registry.label(p.municipality).unwrap_or_default();
                vec![(p.municipality, format!("{} {} – {name}", p.code, p.place))]
            })
            .unwrap_or_default();
    }
    registry
        .search(q)
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|m| {
            let label = registry
                .label(m.number())
                .unwrap_or_else(|| m.name().to_owned());
            (m.number(), label)
        })
        .collect()
}

/// The search form: a field (a combobox once the page's code has taken it over, see
/// [`municipality_combobox`](crate::components::municipality_combobox)), its help, the
/// suggestion list (empty until something is typed) and a status line. Rendered at build
/// time; the pages that have it (`/`, `/kart`) run without Leptos in the browser.
#[component]
pub fn MunicipalitySearch() -> impl IntoView {
    let m = map_strings();
    view! {
        <form class="municipality-search" role="search">
            <div class="ds-field">
                <label class="ds-label" for="kommunesok">{m.search_label}</label>
                <p class="ds-paragraph field-help" data-size="sm" id="kommunesok-hjelp">{m.search_help}</p>
                <div class="search-row">
                    <input class="ds-input" id="kommunesok" type="text" autocomplete="off"
                        role="combobox" aria-autocomplete="list" aria-controls="kommunesok-forslag"
                        aria-describedby="kommunesok-hjelp" aria-expanded="false" />
                    <button class="ds-button" data-variant="primary" type="submit">{m.search_button}</button>
                </div>
                <ul id="kommunesok-forslag" role="listbox" class="suggestions" aria-label=m.search_label hidden></ul>
                <p class="ds-paragraph" role="status"></p>
            </div>
        </form>
    }
}
