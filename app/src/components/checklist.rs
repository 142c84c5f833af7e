//! An interactive checklist from `handbok.json`. The ticked items are saved in the browser's
//! `localStorage` under `digihjelpen.sjekkliste.<id>` (a JSON list of item ids) — the only
//! thing the site stores. Shows "x av y gjort", can be reset (with undo), and prints as
//! ☐/☑.

use std::collections::BTreeSet;

use digihjelpen::handbook::Checklist as ChecklistData;
use leptos::prelude::*;

use crate::i18n::handbook::handbook_strings;

/// The `localStorage` key of a checklist.
pub fn storage_key(id: &str) -> String {
    crate::components::stored::key(&format!("sjekkliste.{id}"))
}

fn storage() -> Option<web_sys::Storage> {
    crate::components::dom::local_storage()
}

/// The ticked item ids saved for a checklist (none when storage is unavailable or corrupt).
pub fn load(id: &str) -> BTreeSet<String> {
    storage()
        .and_then(|s| s.get_item(&storage_key(id)).ok().flatten())
        .and_then(|json| serde_json::from_str::<Vec<String>>(&json).ok())
        .map(|v| v.into_iter().collect())
        .unwrap_or_default()
}

/// Saves the ticked item ids of a checklist (an empty set removes the entry).
pub fn save(id: &str, ticked: &BTreeSet<String>) {
    let Some(storage) = storage() else {
        return;
    };
    let key = storage_key(id);
    if ticked.is_empty() {
        let _ = storage.remove_item(&key);
    } else if let Ok(json) = serde_json::to_string(ticked) {
        let _ = storage.set_item(&key, &json);
    }
}

/// "3 av 7 gjort".
pub fn progress_text(done: usize, total: usize) -> String {
    let s = &crate::i18n::handbook::HANDBOOK_NB;
    format!("{done} {} {total} {}", s.checklist_of, s.checklist_done)
}

/// The id of the checkbox of `item` in checklist `id`.
pub fn input_id(id: &str, item: &str) -> String {
    format!("sjekk-{id}-{item}")
}

/// The checklist (in the browser, the `reader` entry point wires the same markup: see
/// `reader/checklist.rs`).
#[component]
pub fn Checklist(
    /// The checklist from the handbook.
    checklist: ChecklistData,
) -> impl IntoView {
    let s = handbook_strings();
    let id = checklist.id().to_owned();
    let ticked = RwSignal::new(load(&id));
    // What was ticked before the last reset, for undo.
    let undo = RwSignal::new(None::<BTreeSet<String>>);
    let total = checklist.items().len();
    let valid: Vec<String> = checklist.items().iter().map(|i| i.0.clone()).collect();
    let valid = StoredValue::new(valid);
    let done =
        move || ticked.with(|t| valid.with_value(|v| v.iter().filter(|x| t.contains(*x)).count()));
    let key = StoredValue::new(id.clone());
    let persist = move || ticked.with(|t| key.with_value(|id| save(id, t)));
    let heading_id = format!("sjekkliste-{id}");
    let labelled_by = heading_id.clone();
    let items = checklist
        .items()
        .iter()
        .map(|(item, text)| {
            let input_id = input_id(&id, item);
            let item = item.clone();
            let is_on = {
                let item = item.clone();
                move || ticked.with(|t| t.contains(&item))
            };
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                ticked.update(|t| {
                    if on {
                        t.insert(item.clone());
                    } else {
                        t.remove(&item);
                    }
                });
                undo.set(None);
                persist();
            };
            let mark = {
                let is_on = is_on.clone();
                move || if is_on() { "☑" } else { "☐" }
            };
            view! {
                <li class="checklist-item">
                    <input class="ds-input" type="checkbox" id=input_id.clone() prop:checked=is_on on:change=toggle />
                    <label for=input_id>
                        <span class="print-mark" aria-hidden="true">{mark}" "</span>
                        {text.clone()}
                    </label>
                </li>
            }
        })
        .collect_view();
    let reset = move |_| {
        let before = ticked.get_untracked();
        if before.is_empty() {
            return;
        }
        undo.set(Some(before));
        ticked.set(BTreeSet::new());
        persist();
    };
    let restore = move |_| {
        if let Some(before) = undo.get_untracked() {
            ticked.set(before);
            undo.set(None);
            persist();
        }
    };
    let progress = move || progress_text(done(), total);
    view! {
        <section class="checklist ds-card" aria-labelledby=labelled_by data-checklist=id.clone()>
            <h2 class="ds-heading" data-size="sm" id=heading_id>{checklist.title().to_owned()}</h2>
            <p class="ds-paragraph checklist-progress" role="status" aria-live="polite">{progress}</p>
            <ul class="checklist-items">{items}</ul>
            <div class="checklist-actions no-print">
                <button class="ds-button" data-variant="secondary" type="button" on:click=reset
                    disabled=move || done() == 0>
                    {s.checklist_reset}
                </button>
                <p class="ds-paragraph checklist-undo" role="status">
                    {move || undo.with(Option::is_some).then(|| view! {
                        {s.checklist_was_reset}" "
                        <button class="ds-button" data-variant="tertiary" type="button" on:click=restore>
                            {s.checklist_undo}
                        </button>
                    })}
                </p>
            </div>
            <p class="ds-paragraph no-print" data-size="sm">{s.checklist_note}</p>
        </section>
    }
}
