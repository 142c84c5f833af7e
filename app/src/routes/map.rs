//! `/kart`: find help near you — the map of offers beside an equal list, filters in the URL
//! (`/kart?kommune=3907&malgruppe=eldre`), search by municipality or postcode, and "near me".
//!
//! These components render the page at build time (and without JavaScript it stays so: the
//! list with every offer's facts). In the browser the [`finder`](crate::finder) entry point
//! takes the same markup over without Leptos. What is shown for a filter is decided by
//! [`Results`], for both; every rule beneath (filtering, search folding, distances, coverage)
//! is the domain crate's.

use std::sync::Arc;

use digihjelpen::{Filter, Format, TargetGroup, VenueKind};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::data_view::WithCatalog;
use crate::components::municipality_search::MunicipalitySearch;
use crate::components::offer_list::{NearList, OfferList};
use crate::components::page::Page;
use crate::data::Catalog;
use crate::finder::results::{FilterSelect, Results, SELECTS};
use crate::i18n::map::map_strings;
use crate::i18n::use_i18n;

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let s = use_i18n();
    view! {
        <Page text=&s.map>
            <WithCatalog children=move |catalog| view! { <Finder catalog /> } />
        </Page>
    }
}

#[component]
fn Finder(catalog: Arc<Catalog>) -> impl IntoView {
    let m = map_strings();
    let filter = Filter::from_query(&use_location().search.get_untracked());
    let results = Results::new(&catalog, &filter, None);
    let count = (m.count)(results.shown.len(), catalog.offers.len());
    let near = results.nearest.clone().map(|near| {
        view! {
            <NearList catalog=catalog.clone() near heading=results.near_heading(m) intro=results.near_intro(m) />
        }
    });
    let list_hidden = near.is_some();
    view! {
        <div class="finder">
            <section class="finder-controls needs-js" aria-labelledby="sok-overskrift">
                <h2 id="sok-overskrift" class="ds-heading" data-size="sm">{m.search_heading}</h2>
                <MunicipalitySearch />
                <p class="near-me">
                    <button type="button" class="ds-button" data-variant="secondary">{m.near_me}</button>
                    <span role="status" class="ds-paragraph"></span>
                </p>
                <Filters catalog=catalog.clone() filter=filter.clone() />
            </section>
            {results.municipality.clone().map(|chosen| view! {
                <p class="selected-municipality ds-paragraph">
                    {m.selected_municipality}" "<strong>{chosen.name}</strong>" "
                    <button type="button" class="ds-button" data-variant="tertiary" data-size="sm">{m.clear_municipality}</button>
                </p>
            })}
            <p class="ds-paragraph no-js-only">{m.no_script}</p>
            <p class="ds-paragraph result-count" role="status" aria-live="polite">{count}</p>
            <div class="finder-body">
                {near}
                <section class="finder-list" aria-labelledby="liste-overskrift" hidden=list_hidden>
                    <h2 id="liste-overskrift" class="ds-heading" data-size="sm">{m.list_heading}</h2>
                    <OfferList catalog=catalog.clone() shown=if list_hidden { Vec::new() } else { results.shown.clone() } />
                </section>
                <div class="finder-map needs-js">
                    <div class="map-frame">
                        <div class="map" role="region" aria-label=m.map_label></div>
                    </div>
                    <div class="ds-field coverage-toggle">
                        <input class="ds-input" type="checkbox" id="vis-dekning" />
                        <label class="ds-label" data-weight="regular" for="vis-dekning">{m.coverage_toggle}</label>
                    </div>
                </div>
            </div>
        </div>
    }
}

/// The filter selects, showing `filter` (in the browser each change updates the URL: see
/// [`SELECTS`]).
#[component]
fn Filters(catalog: Arc<Catalog>, filter: Filter) -> impl IntoView {
    let m = map_strings();
    let mut languages: Vec<(String, String)> = catalog
        .offers
        .iter()
        .flat_map(|o| {
            o.languages()
                .iter()
                .map(|l| (l.code().to_owned(), l.label_nb().to_owned()))
        })
        .collect();
    languages.sort();
    languages.dedup();
    let counties: Vec<(String, String)> = catalog
        .registry
        .counties()
        .iter()
        .map(|c| (format!("{:02}", c.number().get()), c.name().to_owned()))
        .collect();
    let groups: Vec<(String, String)> = TargetGroup::ALL
        .iter()
        .map(|t| (t.slug().to_owned(), t.label_nb().to_owned()))
        .collect();
    let formats: Vec<(String, String)> = Format::ALL
        .iter()
        .map(|t| (t.slug().to_owned(), t.label_nb().to_owned()))
        .collect();
    let venues: Vec<(String, String)> = VenueKind::ALL
        .iter()
        .map(|t| (t.slug().to_owned(), t.label_nb().to_owned()))
        .collect();

    let select = |id: &'static str,
                  label: &'static str,
                  options: Vec<(String, String)>,
                  current: Option<String>| {
        view! {
            <div class="ds-field">
                <label class="ds-label" for=id>{label}</label>
                <select class="ds-input" id=id>
                    <option value="">{m.filter_any}</option>
                    {options.into_iter().map(|(v, l)| {
                        let selected = current.as_deref() == Some(v.as_str());
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let [group, format, language, venue, county] = &SELECTS;
    let current = |s: &FilterSelect| (s.current)(&filter);
    view! {
        <details class="ds-details filters" open>
            <summary>{m.filters_heading}</summary>
            <div class="filter-grid">
                {select(group.id, m.filter_target_group, groups, current(group))}
                {select(format.id, m.filter_format, formats, current(format))}
                {select(language.id, m.filter_language, languages, current(language))}
                {select(venue.id, m.filter_venue, venues, current(venue))}
                {select(county.id, m.filter_county, counties, current(county))}
            </div>
            <button type="button" class="ds-button" data-variant="tertiary">{m.filter_reset}</button>
        </details>
    }
}
