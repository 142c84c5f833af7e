//! The guidance resources (`ressurser.json`) as a list, filterable by audience, publisher and
//! language. The filters live in the URL query (`?for=veiledere&utgiver=nav&sprak=nb`), so a
//! filtered list can be linked to and the back button undoes a change.

use std::sync::Arc;

use digihjelpen::resource::{Audience, Publisher};
use digihjelpen::{Language, Resource};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::data_view::Loaded;
use crate::data::use_resources;
use crate::i18n::handbook::handbook_strings;

/// The chosen filters; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq)]
struct Chosen {
    audience: Option<Audience>,
    publisher: Option<Publisher>,
    language: Option<Language>,
}

impl Chosen {
    /// App-side glue until the domain crate has a resource filter: a resource passes when it
    /// has the chosen audience, publisher and language.
    fn matches(&self, r: &Resource) -> bool {
        self.audience.is_none_or(|a| r.audiences().contains(&a))
            && self.publisher.is_none_or(|p| r.publisher() == p)
            && self.language.is_none_or(|l| r.languages().contains(&l))
    }
}

/// The filterable list.
#[component]
pub fn ResourceList() -> impl IntoView {
    let s = handbook_strings();
    view! {
        <section class="handbook-block resources" aria-labelledby="ressursliste">
            <h2 class="ds-heading" data-size="md" id="ressursliste">{s.resources_heading}</h2>
            <Loaded resource=use_resources() children=|resources| view! { <Filtered resources /> } />
        </section>
    }
}

#[component]
fn Filtered(resources: Arc<Vec<Resource>>) -> impl IntoView {
    let s = handbook_strings();
    let query = use_query_map();
    let chosen = Memo::new(move |_| {
        query.with(|q| Chosen {
            audience: q.get_str("for").and_then(|v| v.parse().ok()),
            publisher: q.get_str("utgiver").and_then(|v| v.parse().ok()),
            language: q.get_str("sprak").and_then(|v| v.parse().ok()),
        })
    });
    let location = use_location();
    let navigate = use_navigate();
    let set = move |key: &'static str, value: String| {
        let mut q = query.get_untracked();
        if value.is_empty() {
            q.remove(key);
        } else {
            q.replace(key, value);
        }
        let path = location.pathname.get_untracked();
        let search = q.to_query_string();
        navigate(
            &format!("{path}{search}"),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let mut publishers: Vec<Publisher> = Publisher::ALL
        .iter()
        .copied()
        .filter(|p| resources.iter().any(|r| r.publisher() == *p))
        .collect();
    publishers.dedup();
    let mut languages: Vec<Language> = resources
        .iter()
        .flat_map(|r| r.languages().iter().copied())
        .collect();
    languages.sort_by(|a, b| a.label_nb().cmp(b.label_nb()));
    languages.dedup();
    let audience_options: Vec<(String, String)> = Audience::ALL
        .iter()
        .map(|a| (a.slug().to_owned(), a.label_nb().to_owned()))
        .collect();
    let publisher_options = publishers
        .iter()
        .map(|p| (p.slug().to_owned(), p.label_nb().to_owned()))
        .collect();
    let language_options = languages
        .iter()
        .map(|l| (l.code().to_owned(), l.label_nb().to_owned()))
        .collect();
    let total = resources.len();
    let list = resources.clone();
    let shown = Memo::new(move |_| {
        let c = chosen.get();
        list.iter()
            .enumerate()
            .filter(|(_, r)| c.matches(r))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
    let clear = {
        let navigate = use_navigate();
        move |_| {
            let path = location.pathname.get_untracked();
            navigate(
                &path,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let selected =
        move |key: &'static str| move || query.with(|q| q.get_str(key).unwrap_or("").to_owned());
    view! {
        // The filters need the full app (see `reader`).
        <fieldset class="ds-fieldset resource-filters" data-needs-app="">
            <legend class="ds-label">{s.resources_filters}</legend>
            <FilterSelect id="ressurs-for" label=s.resources_audience options=audience_options
                selected=Signal::derive(selected("for")) on_change={let set = set.clone(); move |v| set("for", v)} />
            <FilterSelect id="ressurs-utgiver" label=s.resources_publisher options=publisher_options
                selected=Signal::derive(selected("utgiver")) on_change={let set = set.clone(); move |v| set("utgiver", v)} />
            <FilterSelect id="ressurs-sprak" label=s.resources_language options=language_options
                selected=Signal::derive(selected("sprak")) on_change=move |v| set("sprak", v) />
        </fieldset>
        <p class="ds-paragraph resource-count" role="status" aria-live="polite">
            {move || format!("{} {} {total} {}", shown.with(Vec::len), s.checklist_of, s.resources_count)}
        </p>
        {move || shown.with(Vec::is_empty).then(|| view! {
            <p class="ds-paragraph">{s.resources_none}" "
                <button class="ds-button" data-variant="tertiary" type="button" on:click=clear.clone()>
                    {s.resources_clear}
                </button>
            </p>
        })}
        <ul class="resource-list">
            {move || shown.get().into_iter().map(|i| view! { <ResourceItem resource=resources[i].clone() /> }).collect_view()}
        </ul>
    }
}

#[component]
fn FilterSelect(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    selected: Signal<String>,
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let s = handbook_strings();
    view! {
        <div class="ds-field">
            <label class="ds-label" for=id>{label}</label>
            <select class="ds-input" id=id on:change=move |ev| on_change(event_target_value(&ev))>
                <option value="" selected=move || selected.get().is_empty()>{s.resources_all}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        view! { <option value=value selected=move || selected.get() == v>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn ResourceItem(resource: Resource) -> impl IntoView {
    let s = handbook_strings();
    let audiences = resource
        .audiences()
        .iter()
        .map(|a| a.label_nb())
        .collect::<Vec<_>>()
        .join(", ");
    let languages = resource
        .languages()
        .iter()
        .map(|l| l.label_nb().to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="ds-card resource-item">
            <h3 class="ds-heading" data-size="xs">
                <a class="ds-link" href=resource.url().to_string()>{resource.title().to_owned()}</a>
            </h3>
            <p class="ds-paragraph resource-meta" data-size="sm">
                {resource.publisher_label().to_owned()}" · "
                {s.resources_kind}": "{resource.format().label_nb()}" · "
                {s.resources_for}": "{audiences}
                {(!languages.is_empty()).then(|| format!(" · {}: {languages}", s.resources_language))}
            </p>
            {resource.description().map(|d| view! { <p class="ds-paragraph">{d.to_owned()}</p> })}
        </li>
    }
}
