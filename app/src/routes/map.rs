//! `/kart`: find help near you — the map of offers beside an equal list, filters in the URL
//! (`/kart?kommune=3907&malgruppe=eldre`), search by municipality or postcode, and "near me".
//!
//! Every rule (filtering, search folding, distances, coverage) is the domain crate's; this page
//! only wires them to the URL and the views.

use std::sync::Arc;

use digihjelpen::{Filter, Format, Point, TargetGroup, VenueKind};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::components::data_view::WithCatalog;
use crate::components::map_view::{MapView, View, COVERED, NORWAY, UNCOVERED};
use crate::components::municipality_search::MunicipalitySearch;
use crate::components::offer_list::{NearList, OfferList};
use crate::components::page::Page;
use crate::data::Catalog;
use crate::i18n::map::map_strings;
use crate::i18n::use_i18n;

/// How many nearest offers to list.
const NEAREST: usize = 5;

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let s = use_i18n();
    // Start loading Leaflet while the data loads (in the browser; the build renders no map).
    #[cfg(not(feature = "ssr"))]
    leptos::task::spawn_local(async {
        let _ = crate::components::leaflet::ensure_leaflet(true).await;
    });
    view! {
        <Page text=&s.map>
            <WithCatalog children=move |catalog| view! { <Finder catalog /> } />
        </Page>
    }
}

/// The URL's filter, and a way to change it (each change is a history entry).
pub fn use_filter_url(base: &'static str) -> (Memo<Filter>, impl Fn(Filter) + Clone + Send + Sync) {
    let location = use_location();
    let filter = Memo::new(move |_| Filter::from_query(&location.search.get()));
    let navigate = use_navigate();
    let set = move |f: Filter| {
        let q = f.to_query();
        let url = if q.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{q}")
        };
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    (filter, set)
}

#[component]
fn Finder(catalog: Arc<Catalog>) -> impl IntoView {
    let m = map_strings();
    let (filter, set_filter) = use_filter_url("/kart");
    let selected = RwSignal::new(None::<usize>);
    let coverage = RwSignal::new(false);
    let tiles_failed = RwSignal::new(false);
    let position = RwSignal::new(None::<Point>);
    let geo_status = RwSignal::new(String::new());

    let c = catalog.clone();
    let matching = Memo::new(move |_| c.index.filter(&filter.get()));
    let c = catalog.clone();
    let municipality = Memo::new(move |_| {
        filter.get().municipalities.first().copied().and_then(|n| {
            c.registry
                .municipality(n)
                .map(|m| (n, m.name().to_owned(), m.point()))
        })
    });
    // With a municipality that has no match: the nearest offers elsewhere (other filters kept).
    let c = catalog.clone();
    let nearest = Memo::new(move |_| {
        let from = position.get().or_else(|| {
            municipality
                .get()
                .filter(|_| matching.with(Vec::is_empty))
                .map(|m| m.2)
        })?;
        let mut f = filter.get();
        f.municipalities.clear();
        Some(c.index.nearest(from, NEAREST, &f))
    });
    let shown = Signal::derive(move || match nearest.get() {
        Some(near) if position.get().is_some() || matching.with(Vec::is_empty) => {
            near.iter().map(|n| n.index).collect()
        }
        _ => matching.get(),
    });
    let view_target = Signal::derive(move || -> View {
        if let Some(p) = position.get() {
            return (p.lat(), p.lon(), 9.0);
        }
        match municipality.get() {
            Some((_, _, p)) => (p.lat(), p.lon(), 9.0),
            None => NORWAY,
        }
    });

    let total = catalog.offers.len();
    let count_text = move || (m.count)(shown.with(Vec::len), total);

    let near_me = move |_| {
        geo_status.set(m.near_me_waiting.to_owned());
        crate::components::geolocation::current_position(move |result| match result {
            Ok(p) => {
                geo_status.set(String::new());
                position.set(Some(p));
            }
            Err(()) => geo_status.set(m.near_me_refused.to_owned()),
        });
    };

    let set_for_search = set_filter.clone();
    let on_municipality = Callback::new(move |number: digihjelpen::MunicipalityNumber| {
        position.set(None);
        let mut f = filter.get_untracked();
        f.municipalities = vec![number];
        set_for_search(f);
    });
    let on_area = on_municipality;
    let set_clear = set_filter.clone();
    let clear_municipality = move |_| {
        let mut f = filter.get_untracked();
        f.municipalities.clear();
        set_clear(f);
    };

    let catalog_list = catalog.clone();
    let catalog_near = catalog.clone();
    let catalog_map = catalog.clone();
    view! {
        <div class="finder">
            <section class="finder-controls needs-js" aria-labelledby="sok-overskrift">
                <h2 id="sok-overskrift" class="ds-heading" data-size="sm">{m.search_heading}</h2>
                <MunicipalitySearch catalog=catalog.clone() on_select=on_municipality />
                <p class="near-me">
                    <button type="button" class="ds-button" data-variant="secondary" on:click=near_me>{m.near_me}</button>
                    <span role="status" class="ds-paragraph">{move || geo_status.get()}</span>
                </p>
                <Filters catalog=catalog.clone() filter set_filter=set_filter.clone() />
            </section>
            {move || municipality.get().map(|(_, name, _)| view! {
                <p class="selected-municipality ds-paragraph">
                    {m.selected_municipality}" "<strong>{name}</strong>" "
                    <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" on:click=clear_municipality.clone()>{m.clear_municipality}</button>
                </p>
            })}
            <p class="ds-paragraph no-js-only">{m.no_script}</p>
            <p class="ds-paragraph result-count" role="status" aria-live="polite">{count_text}</p>
            {move || {
                let name = municipality.get().map(|x| x.1);
                let catalog = catalog_near.clone();
                nearest.get().map(|near| {
                    let heading = if position.get().is_some() {
                        m.near_me_heading.to_owned()
                    } else {
                        m.nearest_heading.to_owned()
                    };
                    let intro = if position.get().is_none() { name.map(|n| format!("{n} {}", m.no_offer_in)) } else { None };
                    view! { <NearList catalog near heading intro selected /> }
                })
            }}
            <div class="finder-body">
                <section class="finder-list" aria-labelledby="liste-overskrift">
                    <h2 id="liste-overskrift" class="ds-heading" data-size="sm">{m.list_heading}</h2>
                    <OfferList catalog=catalog_list shown selected />
                </section>
                <div class="finder-map needs-js">
                    <MapView catalog=catalog_map shown selected view=view_target coverage tiles_failed on_area />
                    <div class="ds-field coverage-toggle">
                        <input class="ds-input" type="checkbox" id="vis-dekning"
                            prop:checked=move || coverage.get() on:change=move |ev| coverage.set(event_target_checked(&ev)) />
                        <label class="ds-label" data-weight="regular" for="vis-dekning">{m.coverage_toggle}</label>
                    </div>
                    {move || coverage.get().then(|| view! {
                        <ul class="map-legend" aria-label=m.legend_label>
                            <li><span class="swatch" style:background=COVERED aria-hidden="true"></span>{m.legend_covered}</li>
                            <li><span class="swatch" style:background=UNCOVERED aria-hidden="true"></span>{m.legend_uncovered}</li>
                        </ul>
                    })}
                    {move || tiles_failed.get().then(|| view! { <p class="ds-paragraph map-note">{m.tiles_failed}</p> })}
                </div>
            </div>
        </div>
    }
}

/// The filter selects: each change updates the URL.
#[component]
fn Filters<S>(catalog: Arc<Catalog>, filter: Memo<Filter>, set_filter: S) -> impl IntoView
where
    S: Fn(Filter) + Clone + Send + Sync + 'static,
{
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

    let set_reset = set_filter.clone();
    let select = move |id: &'static str,
                       label: &'static str,
                       key: &'static str,
                       options: Vec<(String, String)>,
                       current: fn(&Filter) -> Option<String>| {
        let set_filter = set_filter.clone();
        let on_change = move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let mut q = filter.get_untracked().to_query();
            let pairs: Vec<String> = q
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with(&format!("{key}=")))
                .map(str::to_owned)
                .collect();
            q = pairs.join("&");
            if !value.is_empty() {
                q = if q.is_empty() {
                    format!("{key}={value}")
                } else {
                    format!("{q}&{key}={value}")
                };
            }
            set_filter(Filter::from_query(&q));
        };
        view! {
            <div class="ds-field">
                <label class="ds-label" for=id>{label}</label>
                <select class="ds-input" id=id on:change=on_change prop:value=move || current(&filter.get()).unwrap_or_default()>
                    <option value="">{m.filter_any}</option>
                    {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <details class="ds-details filters" open>
            <summary>{m.filters_heading}</summary>
            <div class="filter-grid">
                {select("filter-malgruppe", m.filter_target_group, "malgruppe", groups, |f| f.target_groups.first().map(|t| t.slug().to_owned()))}
                {select("filter-form", m.filter_format, "form", formats, |f| f.formats.first().map(|t| t.slug().to_owned()))}
                {select("filter-sprak", m.filter_language, "sprak", languages, |f| f.languages.first().map(|t| t.code().to_owned()))}
                {select("filter-sted", m.filter_venue, "sted", venues, |f| f.venue_kinds.first().map(|t| t.slug().to_owned()))}
                {select("filter-fylke", m.filter_county, "fylke", counties, |f| f.counties.first().map(|c| format!("{:02}", c.get())))}
            </div>
            <button type="button" class="ds-button" data-variant="tertiary" on:click=move |_| set_reset(Filter::default())>{m.filter_reset}</button>
        </details>
    }
}
