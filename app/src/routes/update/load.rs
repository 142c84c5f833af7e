//! Loading a registered offer into the form: choose a municipality with offers, then one of
//! its offers.

use std::sync::Arc;

use leptos::prelude::*;

use super::draft::Draft;
use super::fields::FormCtx;
use crate::data::Catalog;
use crate::i18n::update::update_strings;

/// "Endre et tilbud som allerede er registrert".
#[component]
pub fn LoadExisting(catalog: Arc<Catalog>, status: RwSignal<String>) -> impl IntoView {
    let t = update_strings();
    let f = expect_context::<FormCtx>();
    let municipality = RwSignal::new(String::new());
    let offer = RwSignal::new(String::new());
    let mut municipalities: Vec<(String, String)> = catalog
        .coverage
        .municipalities_with_offers()
        .filter_map(|n| catalog.registry.municipality(n))
        .map(|m| (m.number().to_string(), m.name().to_owned()))
        .collect();
    municipalities.sort_by(|a, b| a.1.cmp(&b.1));
    let c = catalog.clone();
    let offers = Memo::new(move |_| {
        let chosen = municipality.get();
        c.offers
            .iter()
            .filter(|o| o.municipality().to_string() == chosen)
            .map(|o| (o.id().to_string(), o.name().to_owned()))
            .collect::<Vec<_>>()
    });
    let c = catalog.clone();
    let load = move |_| {
        let id = offer.get_untracked();
        let id = if id.is_empty() {
            offers.with_untracked(|o| o.first().map(|(id, _)| id.clone()).unwrap_or_default())
        } else {
            id
        };
        if let Some(o) = c.offers.iter().find(|o| o.id().as_str() == id) {
            f.draft.set(Draft::from_offer(o, t));
            f.submitted.set(false);
            f.touched.set(Vec::new());
            status.set(format!("{} «{}».", t.loaded, o.name()));
        }
    };
    view! {
        <section class="load-existing" aria-labelledby="hent-tittel">
            <h2 class="ds-heading" data-size="sm" id="hent-tittel">{t.load_heading}</h2>
            <p class="ds-paragraph">{t.load_help}</p>
            <div class="load-row">
                <div class="ds-field">
                    <label class="ds-label" for="hent-kommune">{t.load_municipality}</label>
                    <select class="ds-input" id="hent-kommune"
                        on:change=move |ev| { municipality.set(event_target_value(&ev)); offer.set(String::new()); }>
                        <option value="">{t.choose}</option>
                        {municipalities.into_iter().map(|(nr, name)| view! { <option value=nr>{name}</option> }).collect_view()}
                    </select>
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="hent-tilbud">{t.load_offer}</label>
                    <select class="ds-input" id="hent-tilbud" on:change=move |ev| offer.set(event_target_value(&ev))
                        prop:value=move || offer.get()>
                        {move || offers.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" class="ds-button" data-variant="secondary" on:click=load
                    disabled=move || offers.with(Vec::is_empty)>{t.load_button}</button>
            </div>
        </section>
    }
}
