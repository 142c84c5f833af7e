//! `/bygg-inn`: the generator for the embed code municipal webmasters paste into their sites.
//!
//! The webmaster picks an area, a view, a height and a language, sees the widget live in an
//! iframe, and copies a snippet: an `<iframe>` with a `title` (the widget's heading, in its
//! language), `loading="lazy"`, a narrow `sandbox` and no `allow` (the widget asks for no
//! permission such as the position), plus an optional script that resizes the iframe when the
//! widget posts its height (`{type: "digihjelpen:height", height}`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::data_view::WithCatalog;
use crate::components::page::Page;
use crate::data::Catalog;
use crate::i18n::embed::EmbedStrings;
use crate::i18n::embed_generator::{EmbedGeneratorStrings, EMBED_GENERATOR_NB};
use crate::i18n::use_i18n;
use crate::i18n::Locale;

/// What the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Map and list.
    Both,
    /// Map only.
    Map,
    /// List only.
    List,
}

impl View {
    /// The `visning` parameter.
    pub fn param(self) -> &'static str {
        match self {
            View::Both => "begge",
            View::Map => "kart",
            View::List => "liste",
        }
    }
}

/// The webmaster's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// County number ("50"), or empty.
    pub county: String,
    /// Municipality number ("5037"), or empty.
    pub municipality: String,
    /// Map, list or both.
    pub view: View,
    /// Height in CSS pixels.
    pub height: u32,
    /// Language tag.
    pub language: &'static str,
    /// Add the auto-resize script.
    pub resize: bool,
}

impl Options {
    /// The widget's path and query, e.g. `/embed?kommune=5037&visning=begge&sprak=nb`.
    pub fn path(&self) -> String {
        let mut query = Vec::new();
        if !self.municipality.is_empty() {
            query.push(format!("kommune={}", self.municipality));
        } else if !self.county.is_empty() {
            query.push(format!("fylke={}", self.county));
        }
        query.push(format!("visning={}", self.view.param()));
        query.push(format!("sprak={}", self.language));
        format!("/embed?{}", query.join("&"))
    }

    /// The snippet for a site served from `origin` (e.g. `https://digihjelpen.no`).
    pub fn snippet(&self, origin: &str, title: &str) -> String {
        let id = format!(
            "digihjelpen-{}",
            if self.municipality.is_empty() {
                self.county.as_str()
            } else {
                self.municipality.as_str()
            }
        )
        .trim_end_matches('-')
        .to_owned();
        let mut out = format!(
            "<iframe id=\"{id}\" src=\"{origin}{path}\" title=\"{title}\" width=\"100%\" height=\"{height}\" \
             style=\"border:0;max-width:100%\" loading=\"lazy\" \
             sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>",
            path = self.path().replace('&', "&amp;"),
            title = crate::components::dom::escape_html(title),
            height = self.height,
        );
        if self.resize {
            out.push_str(&format!(
                "\n<script>\nwindow.addEventListener(\"message\", function (e) {{\n  \
                 if (e.origin !== \"{origin}\" || !e.data || e.data.type !== \"digihjelpen:height\") return;\n  \
                 var frame = document.getElementById(\"{id}\");\n  \
                 if (frame && e.source === frame.contentWindow) frame.style.height = Math.ceil(e.data.height) + \"px\";\n\
                 }});\n</script>"
            ));
        }
        out
    }
}

/// The generator page.
#[component]
pub fn EmbedGenerator() -> impl IntoView {
    let s = use_i18n();
    let g = &EMBED_GENERATOR_NB;
    view! {
        <Page text=&s.embed_generator>
            <WithCatalog children=move |catalog| view! { <Generator catalog g /> } />
            <h2 class="ds-heading" data-size="md">{g.howto_heading}</h2>
            <ol class="ds-list">{g.howto_steps.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ol>
            <h2 class="ds-heading" data-size="md">{g.shows_heading}</h2>
            <ul class="ds-list">{g.shows.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
        </Page>
    }
}

#[component]
fn Generator(catalog: Arc<Catalog>, g: &'static EmbedGeneratorStrings) -> impl IntoView {
    let county = RwSignal::new(String::new());
    let municipality = RwSignal::new(String::new());
    let view_choice = RwSignal::new(View::Both);
    let height = RwSignal::new(500u32);
    let language = RwSignal::new("nb");
    let resize = RwSignal::new(true);
    let copy_status = RwSignal::new(String::new());

    let options = Memo::new(move |_| Options {
        county: county.get(),
        municipality: municipality.get(),
        view: view_choice.get(),
        height: height.get(),
        language: language.get(),
        resize: resize.get(),
    });
    let registry_for_title = catalog.clone();
    let title = Memo::new(move |_| {
        let o = options.get();
        let registry = &registry_for_title.registry;
        let place = registry
            .get(&o.municipality)
            .map(|m| m.name().to_owned())
            .or_else(|| {
                registry
                    .counties()
                    .iter()
                    .find(|c| format!("{:02}", c.number().get()) == o.county)
                    .map(|c| c.name().to_owned())
            });
        // The iframe's title is the widget's own heading, in the widget's language.
        let locale = Locale::from_tag(o.language).unwrap_or_default();
        (EmbedStrings::of(locale).title)(place.as_deref())
    });
    let origin = crate::components::dom::origin();
    let origin_for_snippet = origin.clone();
    let snippet = Memo::new(move |_| options.get().snippet(&origin_for_snippet, &title.get()));

    let counties: Vec<(String, String)> = catalog
        .registry
        .counties()
        .iter()
        .map(|c| (format!("{:02}", c.number().get()), c.name().to_owned()))
        .collect();
    let catalog_for_list = catalog.clone();
    let municipalities = move || {
        let chosen = county.get();
        let mut list: Vec<(String, String)> = catalog_for_list
            .registry
            .municipalities()
            .iter()
            .filter(|m| chosen.is_empty() || format!("{:02}", m.county().get()) == chosen)
            .map(|m| (m.number().to_string(), m.name().to_owned()))
            .collect();
        list.sort_by(|a, b| a.1.cmp(&b.1));
        list
    };

    let copy = move |_| {
        let text = snippet.get_untracked();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copy_status.set(
                if done.is_ok() {
                    g.copied
                } else {
                    g.copy_failed
                }
                .to_owned(),
            );
        });
    };

    view! {
        <h2 class="ds-heading" data-size="md">{g.choose_heading}</h2>
        <div class="embed-options">
            <div class="ds-field">
                <label class="ds-label" for="bygg-inn-fylke">{g.county_label}</label>
                <select class="ds-input" id="bygg-inn-fylke"
                    on:change=move |ev| { county.set(event_target_value(&ev)); municipality.set(String::new()); }>
                    <option value="">{g.area_country}</option>
                    {counties.into_iter().map(|(nr, name)| view! { <option value=nr.clone()>{name}</option> }).collect_view()}
                </select>
            </div>
            <div class="ds-field">
                <label class="ds-label" for="bygg-inn-kommune">{g.municipality_label}</label>
                <select class="ds-input" id="bygg-inn-kommune"
                    prop:value=move || municipality.get()
                    on:change=move |ev| municipality.set(event_target_value(&ev))>
                    <option value="">{g.all_option}</option>
                    {move || municipalities().into_iter().map(|(nr, name)| view! { <option value=nr.clone()>{name}</option> }).collect_view()}
                </select>
            </div>
            <fieldset class="ds-fieldset">
                <legend class="ds-label">{g.view_legend}</legend>
                {[(View::Both, g.view_both), (View::Map, g.view_map), (View::List, g.view_list)]
                    .into_iter()
                    .map(|(v, label)| view! {
                        <div class="ds-field">
                            <input class="ds-input" type="radio" name="visning" id=format!("visning-{}", v.param())
                                prop:checked=move || view_choice.get() == v
                                on:change=move |_| view_choice.set(v) />
                            <label class="ds-label" data-weight="regular" for=format!("visning-{}", v.param())>{label}</label>
                        </div>
                    })
                    .collect_view()}
            </fieldset>
            <div class="ds-field">
                <label class="ds-label" for="bygg-inn-hoyde">{g.height_label}</label>
                <p class="ds-paragraph field-help" data-size="sm" id="bygg-inn-hoyde-hjelp">{g.height_help}</p>
                <input class="ds-input" id="bygg-inn-hoyde" type="number" min="280" max="1200" step="10"
                    aria-describedby="bygg-inn-hoyde-hjelp"
                    prop:value=move || height.get().to_string()
                    on:change=move |ev| {
                        let v = event_target_value(&ev).parse::<u32>().unwrap_or(500).clamp(280, 1200);
                        height.set(v);
                    } />
            </div>
            <div class="ds-field">
                <label class="ds-label" for="bygg-inn-sprak">{g.language_label}</label>
                <p class="ds-paragraph field-help" data-size="sm" id="bygg-inn-sprak-hjelp">{g.language_help}</p>
                <select class="ds-input" id="bygg-inn-sprak" aria-describedby="bygg-inn-sprak-hjelp"
                    on:change=move |ev| language.set(match event_target_value(&ev).as_str() { "nn" => "nn", "en" => "en", _ => "nb" })>
                    <option value="nb">"Bokmål"</option>
                    <option value="nn">"Nynorsk"</option>
                    <option value="en">"English"</option>
                </select>
            </div>
            <div class="ds-field">
                <input class="ds-input" type="checkbox" id="bygg-inn-auto"
                    prop:checked=move || resize.get() on:change=move |ev| resize.set(event_target_checked(&ev)) />
                <label class="ds-label" data-weight="regular" for="bygg-inn-auto">{g.resize_label}</label>
            </div>
        </div>
        <h2 class="ds-heading" data-size="md">{g.preview_heading}</h2>
        <div class="embed-preview">
            <iframe
                src=move || options.get().path()
                title=move || title.get()
                height=move || options.get().height.to_string()
                width="100%"
                sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
            ></iframe>
        </div>
        <h2 class="ds-heading" data-size="md">{g.code_heading}</h2>
        <div class="ds-field">
            <label class="ds-label" for="bygg-inn-kode">{g.code_label}</label>
            <textarea class="ds-input embed-code" id="bygg-inn-kode" readonly rows="8" prop:value=move || snippet.get()></textarea>
        </div>
        <button class="ds-button" data-variant="primary" type="button" on:click=copy>{g.copy}</button>
        <p class="ds-paragraph" role="status" aria-live="polite">{move || copy_status.get()}</p>
    }
}
