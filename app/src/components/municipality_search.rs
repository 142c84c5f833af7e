//! Search for a municipality by name or postcode: an accessible combobox (ARIA 1.2 pattern)
//! with suggestions as you type. Names are matched by the domain crate's folding search
//! (`tromso` finds Tromsø); four digits are looked up as a postcode.

use std::sync::Arc;

use digihjelpen::MunicipalityNumber;
use leptos::prelude::*;

use crate::data::{use_postcodes, Catalog, DataResource};
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
/// matches (the domain crate's folding search). Shared by this component and the front page.
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
                let name = registry
                    .municipality(p.municipality)
                    .map(|m| m.name())
                    .unwrap_or_default();
                vec![(p.municipality, format!("{} {} – {name}", p.code, p.place))]
            })
            .unwrap_or_default();
    }
    registry
        .search(q)
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|m| (m.number(), m.name().to_owned()))
        .collect()
}

/// The search field with its suggestion list; calls `on_select` with the chosen municipality.
#[component]
pub fn MunicipalitySearch(
    catalog: Arc<Catalog>,
    on_select: Callback<MunicipalityNumber>,
) -> impl IntoView {
    let m = map_strings();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let message = RwSignal::new(String::new());
    let postcodes = RwSignal::new(None::<DataResource<Postcodes>>);

    let c = catalog.clone();
    let suggestions = Memo::new(move |_| -> Vec<(MunicipalityNumber, String)> {
        let q = query.get();
        let codes = postcodes
            .get()
            .and_then(|resource| resource.get())
            .and_then(Result::ok);
        suggestions(&c.registry, codes.as_deref(), &q)
    });

    let choose = move |i: usize| {
        if let Some((number, label)) = suggestions.with_untracked(|s| s.get(i).cloned()) {
            query.set(label);
            open.set(false);
            active.set(None);
            message.set(String::new());
            on_select.run(number);
        }
    };

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if is_postcode(value.trim()) && postcodes.get_untracked().is_none() {
            postcodes.set(Some(use_postcodes()));
        }
        query.set(value);
        open.set(true);
        active.set(None);
        message.set(String::new());
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if suggestions.with_untracked(Vec::is_empty) {
            message.set(m.search_none.to_owned());
        } else {
            choose(active.get_untracked().unwrap_or(0));
        }
    };

    let expanded = move || (open.get() && !suggestions.with(Vec::is_empty)).to_string();
    view! {
        <form class="municipality-search" role="search" on:submit=on_submit>
            <div class="ds-field">
                <label class="ds-label" for="kommunesok">{m.search_label}</label>
                <p class="ds-paragraph field-help" data-size="sm" id="kommunesok-hjelp">{m.search_help}</p>
                <div class="search-row">
                    <input class="ds-input" id="kommunesok" type="text" autocomplete="off"
                        role="combobox" aria-autocomplete="list" aria-controls="kommunesok-forslag"
                        aria-describedby="kommunesok-hjelp"
                        aria-expanded=expanded
                        aria-activedescendant=move || active.get().map(|i| format!("kommunesok-forslag-{i}")).unwrap_or_default()
                        prop:value=move || query.get()
                        on:input=on_input on:keydown=on_keydown
                        on:blur=move |_| set_timeout(move || open.set(false), std::time::Duration::from_millis(150)) />
                    <button class="ds-button" data-variant="primary" type="submit">{m.search_button}</button>
                </div>
                <ul id="kommunesok-forslag" role="listbox" class="suggestions" aria-label=m.search_label
                    hidden=move || expanded() == "false">
                    {move || suggestions.get().into_iter().enumerate().map(|(i, (_, label))| view! {
                        <li id=format!("kommunesok-forslag-{i}") role="option"
                            aria-selected=move || (active.get() == Some(i)).to_string()
                            on:mousedown=move |ev| { ev.prevent_default(); choose(i); }>
                            {label}
                        </li>
                    }).collect_view()}
                </ul>
                <p class="ds-paragraph" role="status">{move || message.get()}</p>
            </div>
        </form>
    }
}
