//! Opening hours: weekly slots (day, from, to) that can be added and removed, "by appointment"
//! and a note.

use digihjelpen::Weekday;
use leptos::prelude::*;

use super::draft::SlotDraft;
use super::fields::{focus_field, FieldMessage, FormCtx, TextInput};
use crate::i18n::update::update_strings;

/// The opening-hours part of the form.
#[component]
pub fn Hours() -> impl IntoView {
    let t = update_strings();
    let f = expect_context::<FormCtx>();
    let count = Memo::new(move |_| f.draft.with(|d| d.tider.len()));
    let add = move |_| {
        f.draft.update(|d| d.tider.push(SlotDraft::default()));
        let i = count.get_untracked().saturating_sub(1);
        request_animation_frame(move || focus_field(&format!("f-tid-{i}-dag")));
    };
    view! {
        <fieldset class="ds-fieldset slots">
            <legend class="ds-label">{t.slots}</legend>
            <ol class="slot-list">
                {move || (0..count.get()).map(|i| view! { <SlotRow i /> }).collect_view()}
            </ol>
            <button type="button" class="ds-button" data-variant="secondary" on:click=add>{t.add_slot}</button>
        </fieldset>
        <div class="ds-field">
            <input class="ds-input" type="checkbox" id="f-etter-avtale"
                prop:checked=move || f.draft.with(|d| d.etter_avtale)
                on:change=move |ev| f.draft.update(|d| d.etter_avtale = event_target_checked(&ev)) />
            <label class="ds-label" for="f-etter-avtale">{t.by_appointment}</label>
        </div>
        <TextInput id="f-merknad" label=t.hours_note get=|d| &d.merknad set=|d| &mut d.merknad />
    }
}

/// One slot: day, from, to, and a remove button.
#[component]
fn SlotRow(i: usize) -> impl IntoView {
    let t = update_strings();
    let f = expect_context::<FormCtx>();
    let value = move |part: fn(&SlotDraft) -> &String| {
        move || {
            f.draft
                .with(|d| d.tider.get(i).map(|s| part(s).clone()).unwrap_or_default())
        }
    };
    let write = move |part: fn(&mut SlotDraft) -> &mut String, v: String| {
        f.draft.update(|d| {
            if let Some(s) = d.tider.get_mut(i) {
                *part(s) = v;
            }
        });
    };
    let ids = ["dag", "fra", "til"].map(|p| format!("f-tid-{i}-{p}"));
    let [day_id, from_id, to_id] = ids.clone();
    let error = move |id: &String| {
        let id = id.clone();
        Memo::new(move |_| f.error(&id))
    };
    let (day_err, from_err, to_err) = (error(&day_id), error(&from_id), error(&to_id));
    let invalid = |e: Memo<Option<String>>| move || e.with(Option::is_some).then_some("true");
    let describe = |e: Memo<Option<String>>, id: String| {
        move || e.with(Option::is_some).then(|| format!("{id}-feil"))
    };
    let n = i + 1;
    let remove = move |_| {
        f.draft.update(|d| {
            if i < d.tider.len() {
                d.tider.remove(i);
            }
        });
    };
    let selected_day = f
        .draft
        .with_untracked(|d| d.tider.get(i).map(|s| s.dag.clone()).unwrap_or_default());
    view! {
        <li class="slot-row">
            <div class="ds-field">
                <label class="ds-label" for=day_id.clone()>{format!("{} {n}: {}", t.slot, t.day.to_lowercase())}</label>
                <select class="ds-input" id=day_id.clone() prop:value=value(|s| &s.dag)
                    on:change=move |ev| write(|s| &mut s.dag, event_target_value(&ev))
                    aria-invalid=invalid(day_err) aria-describedby=describe(day_err, day_id.clone())>
                    <option value="">{t.choose}</option>
                    {Weekday::ALL.iter().map(|w| view! {
                        <option value=w.slug() selected=selected_day == w.slug()>{w.label_nb()}</option>
                    }).collect_view()}
                </select>
                {move || view! { <FieldMessage id=ids[0].clone() message=day_err.get() /> }}
            </div>
            <div class="ds-field">
                <label class="ds-label" for=from_id.clone()>{format!("{} {n}: {}", t.slot, t.from.to_lowercase())}</label>
                <input class="ds-input" type="time" id=from_id.clone() prop:value=value(|s| &s.fra)
                    on:input=move |ev| write(|s| &mut s.fra, event_target_value(&ev))
                    on:blur={let id = from_id.clone(); move |_| f.touch(&id)}
                    aria-invalid=invalid(from_err) aria-describedby=describe(from_err, from_id.clone()) />
                {let id = from_id.clone(); move || view! { <FieldMessage id=id.clone() message=from_err.get() /> }}
            </div>
            <div class="ds-field">
                <label class="ds-label" for=to_id.clone()>{format!("{} {n}: {}", t.slot, t.to.to_lowercase())}</label>
                <input class="ds-input" type="time" id=to_id.clone() prop:value=value(|s| &s.til)
                    on:input=move |ev| write(|s| &mut s.til, event_target_value(&ev))
                    on:blur={let id = to_id.clone(); move |_| f.touch(&id)}
                    aria-invalid=invalid(to_err) aria-describedby=describe(to_err, to_id.clone()) />
                {let id = to_id.clone(); move || view! { <FieldMessage id=id.clone() message=to_err.get() /> }}
            </div>
            <button type="button" class="ds-button" data-variant="tertiary" on:click=remove>
                {t.remove_slot}<span class="ds-sr-only">{format!(" {} {n}", t.slot.to_lowercase())}</span>
            </button>
        </li>
    }
}
