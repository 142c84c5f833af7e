//! The form's fields, bound to one [`Draft`] signal: text inputs, selects and checkbox groups,
//! each with its domain-crate error next to it (`ds-validation-message`, `aria-invalid`,
//! `aria-describedby`), and the error summary that links to them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::draft::Draft;
use super::validation::FieldError;
use digihjelpen::Offer;

/// Reads a text field of the draft.
pub type GetFn = fn(&Draft) -> &String;
/// Writes a text field of the draft.
pub type SetFn = fn(&mut Draft) -> &mut String;

/// The form's shared state, provided as context.
#[derive(Clone, Copy)]
pub struct FormCtx {
    /// What the user typed.
    pub draft: RwSignal<Draft>,
    /// The domain crate's verdict on it.
    pub result: Memo<Result<Offer, Vec<FieldError>>>,
    /// Fields the user has left (their errors show before submitting).
    pub touched: RwSignal<Vec<String>>,
    /// True after the first submit: every error shows.
    pub submitted: RwSignal<bool>,
}

impl FormCtx {
    /// The error to show at `field` now, if any.
    pub fn error(&self, field: &str) -> Option<String> {
        let shown = self.submitted.get() || self.touched.with(|t| t.iter().any(|f| f == field));
        if !shown {
            return None;
        }
        self.result.with(|r| match r {
            Err(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone()),
            Ok(_) => None,
        })
    }

    /// Marks `field` as left by the user.
    pub fn touch(&self, field: &str) {
        if !self
            .touched
            .with_untracked(|t| t.iter().any(|f| f == field))
        {
            self.touched.update(|t| t.push(field.to_owned()));
        }
    }
}

fn ctx() -> FormCtx {
    expect_context::<FormCtx>()
}

/// Moves focus to a field (the first input of a group), scrolling it into view.
pub fn focus_field(id: &str) {
    let document = document();
    let target = document
        .query_selector(&format!("fieldset#{id} input"))
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id(id));
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// `aria-describedby`: the help text (if any) and the error (when shown).
fn described_by(id: &'static str, help: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if help {
        ids.push(format!("{id}-hjelp"));
    }
    if error {
        ids.push(format!("{id}-feil"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The error under a field.
#[component]
pub fn FieldMessage(id: String, message: Option<String>) -> impl IntoView {
    message.map(|m| {
        view! { <p class="ds-validation-message" data-size="sm" id=format!("{id}-feil")>{m}</p> }
    })
}

/// A text input or textarea.
#[component]
pub fn TextInput(
    id: &'static str,
    label: &'static str,
    get: GetFn,
    set: SetFn,
    #[prop(optional)] help: Option<Signal<String>>,
    #[prop(optional)] required: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let f = ctx();
    let error = Memo::new(move |_| f.error(id));
    let value = move || f.draft.with(|d| get(d).clone());
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        f.draft.update(|d| *set(d) = v);
    };
    let has_help = help.is_some();
    let described = move || described_by(id, has_help, error.with(Option::is_some));
    let invalid = move || error.with(Option::is_some).then_some("true");
    let input = if multiline {
        view! {
            <textarea class="ds-input" id=id rows="4" prop:value=value on:input=on_input
                on:blur=move |_| f.touch(id) aria-invalid=invalid aria-describedby=described
                aria-required=required.map(|_| "true")></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="ds-input" id=id type=kind prop:value=value on:input=on_input
                on:blur=move |_| f.touch(id) aria-invalid=invalid aria-describedby=described
                aria-required=required.map(|_| "true") autocomplete=autocomplete />
        }
        .into_any()
    };
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id>{label}{required.map(|r| view! { " " <span class="required">{r}</span> })}</label>
            {help.map(|h| view! { <p class="ds-paragraph field-help" data-size="sm" id=format!("{id}-hjelp")>{h}</p> })}
            {input}
            {move || view! { <FieldMessage id=id.to_owned() message=error.get() /> }}
        </div>
    }
}

/// A select (single choice) with a first empty option.
#[component]
pub fn SelectInput(
    id: &'static str,
    label: &'static str,
    get: GetFn,
    set: SetFn,
    options: Vec<(String, String)>,
    empty: &'static str,
    #[prop(optional)] required: Option<&'static str>,
) -> impl IntoView {
    let f = ctx();
    let error = Memo::new(move |_| f.error(id));
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        f.draft.update(|d| *set(d) = v);
        f.touch(id);
    };
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id>{label}{required.map(|r| view! { " " <span class="required">{r}</span> })}</label>
            <select class="ds-input" id=id on:change=on_change on:blur=move |_| f.touch(id)
                prop:value=move || f.draft.with(|d| get(d).clone())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(id, false, error.with(Option::is_some))
                aria-required=required.map(|_| "true")>
                <option value="">{empty}</option>
                {options.into_iter().map(|(value, text)| {
                    let selected = f.draft.with_untracked(|d| *get(d) == value);
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
            </select>
            {move || view! { <FieldMessage id=id.to_owned() message=error.get() /> }}
        </div>
    }
}

/// A group of checkboxes writing slugs into a list of the draft.
#[component]
pub fn CheckGroup(
    id: &'static str,
    legend: &'static str,
    get: fn(&Draft) -> &Vec<String>,
    set: fn(&mut Draft) -> &mut Vec<String>,
    options: Vec<(String, String)>,
    #[prop(optional)] required: Option<&'static str>,
) -> impl IntoView {
    let f = ctx();
    let error = Memo::new(move |_| f.error(id));
    view! {
        <fieldset class="ds-fieldset check-group" id=id
            aria-describedby=move || described_by(id, false, error.with(Option::is_some))>
            <legend class="ds-label">{legend}{required.map(|r| view! { " " <span class="required">{r}</span> })}</legend>
            {move || view! { <FieldMessage id=id.to_owned() message=error.get() /> }}
            <div class="check-grid">
                {options.into_iter().map(|(slug, text)| {
                    let input_id = format!("{id}-{slug}");
                    let s2 = slug.clone();
                    let checked = move || f.draft.with(|d| get(d).contains(&s2));
                    let on_change = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        let slug = slug.clone();
                        f.draft.update(|d| {
                            let list = set(d);
                            list.retain(|s| *s != slug);
                            if on {
                                list.push(slug);
                            }
                        });
                        f.touch(id);
                    };
                    view! {
                        <div class="ds-field">
                            <input class="ds-input" type="checkbox" id=input_id.clone() prop:checked=checked on:change=on_change
                                aria-invalid=move || error.with(Option::is_some).then_some("true") />
                            <label class="ds-label" for=input_id>{text}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// The error summary: every problem, each linking to its field. Focused on submit.
#[component]
pub fn ErrorSummary(heading: &'static str) -> impl IntoView {
    let f = ctx();
    let errors = move || {
        f.result.with(|r| match r {
            Err(e) if f.submitted.get() => e.clone(),
            _ => Vec::new(),
        })
    };
    move || {
        let errors = errors();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="ds-error-summary" id="feiloppsummering" tabindex="-1" aria-labelledby="feiloppsummering-tittel">
                    <h2 class="ds-heading" data-size="xs" id="feiloppsummering-tittel">{heading}</h2>
                    <ul class="ds-list">
                        {errors.into_iter().map(|e| {
                            let field = e.field.clone();
                            let href = format!("#{}", e.field);
                            view! {
                                <li><a href=href on:click=move |ev| { ev.prevent_default(); focus_field(&field); }>
                                    {format!("{}: {}", e.label, e.message)}
                                </a></li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
