//! `/embed`: the widget municipal websites put in an `<iframe>` — the offers of one
//! municipality (`kommune=5037`) or county (`fylke=50`) as a map, a list or both
//! (`visning=kart|liste|begge`), with minimal chrome. It stores nothing, sets no cookies, and
//! posts its content height to the parent page (`{type: "digihjelpen:height", height}`) so an
//! optional snippet can size the iframe.

use std::sync::Arc;

use digihjelpen::{Filter, MunicipalityNumber};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::data_view::WithCatalog;
use crate::components::map_view::{MapView, View, NORWAY};
use crate::components::offer_list::{NearList, OfferList};
use crate::data::Catalog;
use crate::i18n::map::MAP_NB;
use crate::i18n::use_i18n;

/// What the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Show {
    Both,
    Map,
    List,
}

/// The embeddable widget.
#[component]
pub fn Embed() -> impl IntoView {
    use_post_height();
    view! { <WithCatalog children=move |catalog| view! { <Widget catalog /> } /> }
}

#[component]
fn Widget(catalog: Arc<Catalog>) -> impl IntoView {
    let s = use_i18n();
    let query = use_query_map();
    let q = query.get_untracked();
    let show = match q.get("visning").as_deref() {
        Some("kart") => Show::Map,
        Some("liste") => Show::List,
        _ => Show::Both,
    };
    let municipality: Option<MunicipalityNumber> = q.get("kommune").and_then(|n| n.parse().ok());
    let mut filter = Filter::from_query(&format!(
        "kommune={}&fylke={}",
        q.get("kommune").unwrap_or_default(),
        q.get("fylke").unwrap_or_default()
    ));
    let place = municipality
        .and_then(|n| {
            catalog
                .registry
                .municipality(n)
                .map(|m| (m.name().to_owned(), m.point()))
        })
        .or_else(|| {
            filter.counties.first().and_then(|c| {
                let county = catalog.registry.county(*c)?;
                let first = catalog.registry.municipalities_in(*c).next()?;
                Some((county.name().to_owned(), first.point()))
            })
        });
    // An unknown municipality in the URL is ignored rather than showing nothing.
    if let Some(n) = municipality {
        if catalog.registry.municipality(n).is_none() {
            filter.municipalities.clear();
        }
    }
    let title = match &place {
        Some((name, _)) => format!("{} i {name}", s.embed.title),
        None => s.embed.title.to_owned(),
    };
    let matching = catalog.index.filter(&filter);
    let near = (matching.is_empty() && municipality.is_some())
        .then(|| {
            place
                .as_ref()
                .map(|(_, p)| catalog.index.nearest(*p, 3, &Filter::default()))
        })
        .flatten();
    let shown_list: Vec<usize> = match &near {
        Some(n) => n.iter().map(|n| n.index).collect(),
        None => matching.clone(),
    };
    let shown = Signal::derive(move || shown_list.clone());
    let selected = RwSignal::new(None::<usize>);
    let coverage = RwSignal::new(false);
    let tiles_failed = RwSignal::new(false);
    let zoom = if municipality.is_some() {
        9.0
    } else if filter.counties.is_empty() {
        NORWAY.2
    } else {
        6.0
    };
    let view_target: View = place
        .as_ref()
        .map_or(NORWAY, |(_, p)| (p.lat(), p.lon(), zoom));
    let full_site = match municipality {
        Some(n) => format!("/kart?kommune={n}"),
        None if !filter.counties.is_empty() => format!("/kart?{}", filter.to_query()),
        None => "/kart".to_owned(),
    };
    let count = format!("{} {}", matching.len(), s.offers_word);
    let no_offer = near
        .as_ref()
        .and(place.as_ref())
        .map(|(name, _)| format!("{name} {}", MAP_NB.no_offer_in));
    let catalog_near = catalog.clone();
    view! {
        <Title text=s.page_title(&title) />
        <h1 class="ds-heading embed-title" data-size="sm" id="sidetittel">{title}</h1>
        <p class="ds-paragraph result-count" data-size="sm" role="status">{count}</p>
        {near.map(|near| view! {
            <NearList catalog=catalog_near near heading=MAP_NB.nearest_heading.to_owned() intro=no_offer selected />
        })}
        <div class="embed-body" class:both=move || show == Show::Both>
            {(show != Show::List).then(|| view! {
                <div class="finder-map">
                    <MapView catalog=catalog.clone() shown selected view=Signal::derive(move || view_target) coverage tiles_failed />
                </div>
            })}
            {(show != Show::Map).then(|| view! {
                <section class="finder-list" aria-labelledby="embed-liste">
                    <h2 class="ds-sr-only" id="embed-liste">{MAP_NB.list_heading}</h2>
                    <OfferList catalog=catalog.clone() shown selected />
                </section>
            })}
        </div>
        <p class="ds-paragraph embed-footer" data-size="sm">
            <a href=full_site target="_blank" rel="noopener">{MAP_NB.see_all}</a>
            " · Kart: © Kartverket"
        </p>
    }
}

/// Posts the document's height to the parent page whenever it changes (only inside a frame).
fn use_post_height() {
    let win = window();
    let framed = win
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| !js_sys::Object::is(&p, &win));
    if !framed {
        return;
    }
    let post = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let w = window();
        let Some(body) = w.document().and_then(|d| d.document_element()) else {
            return;
        };
        let height = body.scroll_height();
        if let Ok(Some(parent)) = w.parent() {
            let message = crate::components::leaflet::object(&[
                ("type", "digihjelpen:height".into()),
                ("height", height.into()),
            ]);
            let _ = parent.post_message(&message, "*");
        }
    });
    let observer_class = js_sys::Reflect::get(&win, &"ResizeObserver".into()).ok();
    if let (Some(class), Some(root)) = (
        observer_class,
        win.document().and_then(|d| d.document_element()),
    ) {
        if let Ok(class) = class.dyn_into::<js_sys::Function>() {
            let args = js_sys::Array::of1(post.as_ref());
            if let Ok(observer) = js_sys::Reflect::construct(&class, &args) {
                if let Ok(observe) = js_sys::Reflect::get(&observer, &"observe".into()) {
                    let _ = observe
                        .unchecked_ref::<js_sys::Function>()
                        .call1(&observer, &root);
                }
            }
        }
    }
    // The observer lives as long as the page.
    post.forget();
}
