//! The offer markers: one Leaflet marker per offer, created once with its accessible name and
//! a popup built on demand. [`show`] makes the cluster group hold exactly the shown offers by
//! removing and adding only the difference (or rebuilding when that is cheaper), and adds in
//! chunks, one per animation frame, so a big change never freezes the page. A newer change
//! cancels the chunks of an older one.

use std::sync::Arc;

use leaflet::{LatLng, Marker, MarkerOptions};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::State;
use crate::components::leaflet::{mark, object};
use crate::data::Catalog;

/// Markers added to the cluster group per animation frame.
const CHUNK: usize = 500;

/// The property on each marker that holds its offer's position in the catalog.
const INDEX_KEY: &str = "digihjelpenIndex";

/// Every offer's marker, and which of them are in the cluster group.
pub(super) struct Markers {
    all: Vec<Marker>,
    on_map: Vec<bool>,
    want: Vec<bool>,
    cursor: usize,
    generation: u64,
    ready: bool,
}

impl Markers {
    /// One marker per offer; `popup` is the shared function that builds a popup's content.
    pub fn new(catalog: &Arc<Catalog>, popup: &JsValue) -> Markers {
        let popup_options = object(&[("maxWidth", 320.into()), ("closeOnEscapeKey", true.into())]);
        let all: Vec<Marker> = catalog
            .offers
            .iter()
            .enumerate()
            .map(|(i, offer)| {
                let (point, _) = offer.position();
                let municipality = catalog
                    .registry
                    .municipality(offer.municipality())
                    .map(|m| m.name())
                    .unwrap_or_default();
                let name = format!("{}, {municipality}", offer.name());
                let options = MarkerOptions::new();
                options.set_title(name.clone());
                options.set_alt(name);
                options.set_keyboard(true);
                let marker =
                    Marker::new_with_options(&LatLng::new(point.lat(), point.lon()), &options);
                let _ = js_sys::Reflect::set(&marker, &INDEX_KEY.into(), &(i as f64).into());
                marker.bind_popup_with_options(popup, &popup_options);
                marker
            })
            .collect();
        let n = all.len();
        Markers {
            all,
            on_map: vec![false; n],
            want: vec![false; n],
            cursor: 0,
            generation: 0,
            ready: false,
        }
    }

    /// The marker of offer `i`, when it is in the cluster group.
    pub fn shown(&self, i: usize) -> Option<&Marker> {
        self.on_map
            .get(i)
            .copied()
            .unwrap_or(false)
            .then(|| &self.all[i])
    }
}

/// The offer a marker stands for.
pub(super) fn index_of(marker: &JsValue) -> Option<usize> {
    js_sys::Reflect::get(marker, &INDEX_KEY.into())
        .ok()?
        .as_f64()
        .map(|f| f as usize)
}

/// Makes the cluster group hold exactly the offers `shown`.
pub(super) fn show(state: StoredValue<Option<State>, LocalStorage>, shown: &[usize]) {
    let generation = state
        .try_update_value(|s| {
            let s = s.as_mut()?;
            let m = &mut s.markers;
            m.generation += 1;
            m.want.fill(false);
            for &i in shown {
                if let Some(w) = m.want.get_mut(i) {
                    *w = true;
                }
            }
            let removed: Vec<usize> = (0..m.all.len())
                .filter(|&i| m.on_map[i] && !m.want[i])
                .collect();
            if removed.len() > shown.len() {
                // Cheaper to start again than to take out most of the markers one by one.
                s.cluster.clear_layers();
                m.on_map.fill(false);
            } else if !removed.is_empty() {
                let layers: js_sys::Array = removed.iter().map(|&i| &m.all[i]).collect();
                s.cluster.remove_layers(&layers);
                for i in removed {
                    m.on_map[i] = false;
                }
            }
            m.cursor = 0;
            Some(m.generation)
        })
        .flatten();
    if let Some(generation) = generation {
        add_chunk(state, generation);
    }
}

/// Adds the next chunk of wanted markers; schedules the next one for the next frame.
fn add_chunk(state: StoredValue<Option<State>, LocalStorage>, generation: u64) {
    let more = state
        .try_update_value(|s| {
            let s = s.as_mut()?;
            let m = &mut s.markers;
            if m.generation != generation {
                return None;
            }
            let batch = js_sys::Array::new();
            let mut n = 0;
            while m.cursor < m.all.len() && n < CHUNK {
                let i = m.cursor;
                if m.want[i] && !m.on_map[i] {
                    batch.push(&m.all[i]);
                    m.on_map[i] = true;
                    n += 1;
                }
                m.cursor += 1;
            }
            if n > 0 {
                s.cluster.add_layers(&batch, true);
            }
            let more = m.cursor < m.all.len();
            let first = !more && !m.ready;
            if !more {
                m.ready = true;
            }
            Some((more, first))
        })
        .flatten();
    match more {
        Some((true, _)) => request_animation_frame(move || add_chunk(state, generation)),
        Some((false, first)) => {
            if first {
                mark("digihjelpen:kart-klart");
            }
            mark("digihjelpen:kart-oppdatert");
        }
        None => {}
    }
}
