//! The coverage layer: municipality boundaries (`kommunegrenser.geojson`, loaded only when the
//! layer is first shown) shaded by whether the municipality has a registered offer. Clicking a
//! municipality selects it (the search field is the keyboard way to do the same).

use std::sync::Arc;

use digihjelpen::MunicipalityNumber;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::State;
use crate::components::leaflet::{geo_json, object, BOUNDARIES_ATTRIBUTION};
use crate::data::{use_boundaries, Catalog};

/// Fill of a municipality with at least one offer.
pub const COVERED: &str = "#1a7f37";
/// Fill of a municipality without an offer.
pub const UNCOVERED: &str = "#b9bec6";

fn municipality_of(feature: &JsValue) -> Option<MunicipalityNumber> {
    js_sys::Reflect::get(feature, &"properties".into())
        .and_then(|p| js_sys::Reflect::get(&p, &"kommunenummer".into()))
        .ok()?
        .as_string()?
        .parse()
        .ok()
}

/// Shows or hides the layer; the boundary file is fetched on the first show.
pub(super) fn set_visible(
    state: StoredValue<Option<State>, LocalStorage>,
    on: bool,
    catalog: Arc<Catalog>,
    on_area: Option<Callback<MunicipalityNumber>>,
    visible: RwSignal<bool>,
) {
    if !on {
        state.update_value(|s| {
            if let Some(layer) = s.as_mut().and_then(|s| s.coverage.take()) {
                layer.remove();
            }
        });
        return;
    }
    let boundaries = use_boundaries();
    leptos::task::spawn_local(async move {
        let Ok(text) = boundaries.wait().await else {
            return;
        };
        let Ok(data) = js_sys::JSON::parse(&text) else {
            return;
        };
        if !visible.get_untracked() {
            return;
        }
        state.update_value(|s| {
            let Some(s) = s.as_mut() else { return };
            if s.coverage.is_some() {
                return;
            }
            let style = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |feature: JsValue| {
                let covered =
                    municipality_of(&feature).is_some_and(|n| catalog.coverage.is_covered(n));
                object(&[
                    ("color", "#4a4f57".into()),
                    ("weight", 0.6.into()),
                    (
                        "fillColor",
                        if covered { COVERED } else { UNCOVERED }.into(),
                    ),
                    ("fillOpacity", 0.55.into()),
                ])
            });
            let layer = geo_json(
                &data,
                &object(&[
                    ("style", style.as_ref().clone()),
                    ("attribution", BOUNDARIES_ATTRIBUTION.into()),
                    ("interactive", on_area.is_some().into()),
                ]),
            );
            s.offers.keep(style);
            if let Some(on_area) = on_area {
                let click = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |event: JsValue| {
                    let number = js_sys::Reflect::get(&event, &"layer".into())
                        .and_then(|l| js_sys::Reflect::get(&l, &"feature".into()))
                        .ok()
                        .and_then(|f| municipality_of(&f));
                    if let Some(n) = number {
                        on_area.run(n);
                    }
                    JsValue::UNDEFINED
                });
                layer
                    .unchecked_ref::<leaflet::Evented>()
                    .on("click", click.as_ref());
                s.offers.keep(click);
            }
            layer.add_to(&s.offers.map);
            layer.bring_to_back();
            s.coverage = Some(layer);
        });
    });
}
