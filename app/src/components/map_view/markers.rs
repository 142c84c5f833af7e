//! The offer markers: one Leaflet marker per offer, created once with its accessible name and
//! a popup built on demand. [`show`] makes the cluster group hold exactly the shown offers by
//! removing and adding only the difference (or rebuilding when that is cheaper), and adds in
//! chunks, one per animation frame, so a big change never freezes the page. A newer change
//! cancels the chunks of an older one.

use std::sync::Arc;

use leaflet::Marker;
use leptos::prelude::*;

use super::State;
use crate::components::leaflet::mark;
use crate::components::offer_map::OfferMap;
use crate::data::Catalog;

/// Markers added to the cluster group per animation frame.
const CHUNK: usize = 500;

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
    /// One marker per offer (not yet on the map).
    pub fn new(catalog: &Arc<Catalog>, map: &OfferMap) -> Markers {
        let all: Vec<Marker> = (0..catalog.offers.len())
            .map(|i| map.marker(catalog, i))
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
                s.offers.markers.clear_layers();
                m.on_map.fill(false);
            } else if !removed.is_empty() {
                let layers: js_sys::Array = removed.iter().map(|&i| &m.all[i]).collect();
                s.offers.markers.remove_layers(&layers);
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
                s.offers.markers.add_layers(&batch);
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
