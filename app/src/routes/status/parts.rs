//! Parts of the status page: the bar chart per county and the filterable, sortable list of
//! municipalities without a confirmed offer (those with examples only say so).

use std::sync::Arc;

use digihjelpen::CoverageKind;
use leptos::prelude::*;

use super::figures::{percent, CountyRow};
use crate::data::Catalog;
use crate::i18n::status::status_strings;

/// Bars of the covered share per county. Hidden from screen readers: the table under it
/// holds the same numbers, and the caption says so.
#[component]
pub fn BarChart(rows: Vec<CountyRow>) -> impl IntoView {
    let bar_h = 22.0;
    let height = rows.len() as f64 * bar_h + 10.0;
    view! {
        <figure class="bar-chart">
            <svg viewBox=format!("0 0 400 {height}") width="100%" aria-hidden="true" focusable="false">
                {rows.into_iter().enumerate().map(|(i, r)| {
                    let y = i as f64 * bar_h + 4.0;
                    let w = (r.share * 180.0).max(1.0);
                    view! {
                        <g>
                            <text x="0" y=y + 14.0 font-size="11" fill="currentColor">{r.name}</text>
                            <rect x="150" y=y width=w height=bar_h - 6.0 fill="#0062ba"></rect>
                            <text x=150.0 + w + 4.0 y=y + 14.0 font-size="11" fill="currentColor">{percent(r.share)}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="ds-paragraph" data-size="sm">{status_strings().chart_alt}</figcaption>
        </figure>
    }
}

/// The municipalities without a confirmed offer: filter by county, sort by name or number.
#[component]
pub fn Missing(catalog: Arc<Catalog>) -> impl IntoView {
    let t = status_strings();
    let county = RwSignal::new(String::new());
    let by_number = RwSignal::new(false);
    let counties: Vec<(String, String)> = catalog
        .registry
        .counties()
        .iter()
        .map(|c| (format!("{:02}", c.number().get()), c.name_nb().to_owned()))
        .collect();
    let c = catalog.clone();
    let list = Memo::new(move |_| {
        let chosen = county.get();
        let mut out: Vec<(String, String, bool)> = c
            .registry
            .municipalities()
            .iter()
            .filter(|m| !c.coverage.is_covered(m.number()))
            .filter(|m| chosen.is_empty() || format!("{:02}", m.county().get()) == chosen)
            .map(|m| {
                let example = c.coverage.kind(m.number()) == CoverageKind::ExamplesOnly;
                (m.number().to_string(), m.name().to_owned(), example)
            })
            .collect();
        if by_number.get() {
            out.sort();
        } else {
            out.sort_by(|a, b| a.1.cmp(&b.1));
        }
        out
    });
    view! {
        <section aria-labelledby="status-mangler">
            <h2 class="ds-heading" data-size="md" id="status-mangler">{t.missing_heading}</h2>
            <div class="missing-controls" data-app-on-use="">
                <div class="ds-field">
                    <label class="ds-label" for="mangler-fylke">{t.missing_filter}</label>
                    <select class="ds-input" id="mangler-fylke" on:change=move |ev| county.set(event_target_value(&ev))>
                        <option value="">{t.all_counties}</option>
                        {counties.into_iter().map(|(nr, name)| view! { <option value=nr>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" class="ds-button" data-variant="secondary" id="mangler-etter-navn" aria-pressed=move || (!by_number.get()).to_string() on:click=move |_| by_number.set(false)>{t.sort_name}</button>
                <button type="button" class="ds-button" data-variant="secondary" id="mangler-etter-nummer" aria-pressed=move || by_number.get().to_string() on:click=move |_| by_number.set(true)>{t.sort_number}</button>
            </div>
            <p class="ds-paragraph missing-count" role="status">{move || format!("{} {}", list.with(Vec::len), t.missing_count)}</p>
            // Plain links, not the router's `A`: hundreds of them, none ever the current page
            // (the router still follows a click on any link).
            <ul class="missing-list">
                {move || list.get().into_iter().map(|(nr, name, example)| {
                    let href = format!("/kart?kommune={nr}");
                    let on_map = format!(": {name}");
                    let start = format!(" ({name})");
                    let label = format!("{name} ({nr})");
                    view! {
                        <li>
                            <span class="missing-name">{label}</span>" "
                            {example.then(|| view! { <span class="missing-example">"("{t.missing_has_example}")"</span>" " })}
                            <a href=href>{t.see_on_map}<span class="ds-sr-only">{on_map}</span></a>
                            " · "
                            <a href="/kom-i-gang">{t.get_started}<span class="ds-sr-only">{start}</span></a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
