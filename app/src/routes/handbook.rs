//! The web handbook's four modules (Vedlegg 1 of the 2018 report): each module's overview
//! page (`/kom-i-gang`), and its pages (`/kom-i-gang/<side>`, in [`page`]), all from
//! `handbok.json` and the Markdown files in `public/innhold/`.

pub mod furniture;
pub mod page;

use std::sync::Arc;

use digihjelpen::handbook::ModuleSlug;
use digihjelpen::Handbook;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_view::Loaded;
use crate::components::layout::PAGE_HEADING_ID;
use crate::data::use_handbook;
use crate::i18n::handbook::handbook_strings;
use crate::i18n::{use_i18n, PageText, Strings};

pub use page::HandbookPage;

/// One of the handbook's four modules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    /// Hva er Digihjelpen?
    About,
    /// Hvordan komme i gang?
    GetStarted,
    /// Eksempler fra kommunene.
    Examples,
    /// Ressurser til bruk i veiledning.
    Resources,
}

impl Module {
    /// The four modules, in the handbook's order.
    pub const ALL: [Module; 4] = [
        Module::About,
        Module::GetStarted,
        Module::Examples,
        Module::Resources,
    ];

    /// The module's URL slug.
    pub fn slug(self) -> &'static str {
        match self {
            Module::About => "hva-er-digihjelpen",
            Module::GetStarted => "kom-i-gang",
            Module::Examples => "eksempler",
            Module::Resources => "ressurser",
        }
    }

    /// The module in the domain crate's terms.
    pub fn domain(self) -> ModuleSlug {
        match self {
            Module::About => ModuleSlug::WhatIs,
            Module::GetStarted => ModuleSlug::GetStarted,
            Module::Examples => ModuleSlug::Examples,
            Module::Resources => ModuleSlug::Resources,
        }
    }

    /// The module's heading and fallback lead.
    pub fn text(self, s: &'static Strings) -> &'static PageText {
        match self {
            Module::About => &s.about,
            Module::GetStarted => &s.get_started,
            Module::Examples => &s.examples,
            Module::Resources => &s.resources,
        }
    }

    /// The breadcrumb of the module's overview page.
    pub fn crumb(self) -> (String, String) {
        (
            self.text(use_i18n()).title.to_owned(),
            format!("/{}", self.slug()),
        )
    }
}

/// A module's overview page: its intro and its pages with their intros.
#[component]
pub fn HandbookModule(
    /// Which module.
    module: Module,
) -> impl IntoView {
    let s = use_i18n();
    let text = module.text(s);
    view! {
        <Title text=s.page_title(text.title) />
        <Breadcrumbs trail=vec![module.crumb()] />
        <h1 class="ds-heading" data-size="lg" id=PAGE_HEADING_ID tabindex="-1">{text.title}</h1>
        <Loaded resource=use_handbook() children=move |handbook| view! { <Overview module handbook /> } />
    }
}

#[component]
fn Overview(module: Module, handbook: Arc<Handbook>) -> impl IntoView {
    let h = handbook_strings();
    let fallback = module.text(use_i18n()).lead;
    let found = handbook.module(module.domain());
    let intro = found.map_or(fallback, |m| m.intro()).to_owned();
    let pages = found.map(|m| m.pages().to_vec()).unwrap_or_default();
    view! {
        <p class="ds-paragraph lead" data-size="lg">{intro}</p>
        <h2 class="ds-heading module-pages-heading" data-size="md">{h.pages_heading}</h2>
        {pages.is_empty().then(|| view! { <p class="ds-paragraph">{h.module_empty}</p> })}
        <PageList module pages />
    }
}

/// The pages of a module as links with their intros.
#[component]
pub fn PageList(module: Module, pages: Vec<digihjelpen::handbook::Page>) -> impl IntoView {
    view! {
        <ul class="handbook-pages">
            {pages
                .into_iter()
                .map(|p| {
                    let href = format!("/{}/{}", module.slug(), p.slug());
                    view! {
                        <li class="ds-card handbook-page-card">
                            <h3 class="ds-heading" data-size="xs">
                                <a class="ds-link" href=href>{p.title().to_owned()}</a>
                            </h3>
                            <p class="ds-paragraph">{p.intro().to_owned()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
