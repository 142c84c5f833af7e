//! `/<module>/<side>`: one handbook page — breadcrumbs, title, intro, last updated, table of
//! contents, the Markdown body, the blocks from domain data, the checklist, the template, the
//! sources and previous/next. An unknown page slug gets a not-found message with the
//! module's pages.

use std::sync::Arc;

use digihjelpen::Handbook;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::furniture::{Pager, Sources, Toc, Updated};
use super::{Module, PageList};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::checklist::Checklist;
use crate::components::data_view::Loaded;
use crate::components::handbook_blocks::Block;
use crate::components::layout::PAGE_HEADING_ID;
use crate::components::markdown::cache::use_doc;
use crate::components::markdown::view::MarkdownBody;
use crate::components::template::Template;
use crate::data::use_handbook;
use crate::i18n::handbook::handbook_strings;
use crate::i18n::use_i18n;

/// The route `/<module>/:side`.
#[component]
pub fn HandbookPage(
    /// Which module the route belongs to.
    module: Module,
) -> impl IntoView {
    let params = use_params_map();
    let side = Memo::new(move |_| params.with(|p| p.get_str("side").unwrap_or("").to_owned()));
    view! {
        <Loaded resource=use_handbook() children={move |handbook: Arc<Handbook>| {
            move || {
                let slug = side.get();
                let found = handbook.page(module.slug(), &slug).is_some();
                if found {
                    view! { <PageView module handbook=handbook.clone() slug /> }.into_any()
                } else {
                    view! { <Missing module handbook=handbook.clone() slug /> }.into_any()
                }
            }
        }} />
    }
}

#[component]
fn PageView(module: Module, handbook: Arc<Handbook>, slug: String) -> impl IntoView {
    let s = use_i18n();
    let Some((m, page)) = handbook.page(module.slug(), &slug) else {
        return ().into_any();
    };
    let page = page.clone();
    let position = m.pages().iter().position(|p| p.slug() == slug).unwrap_or(0);
    let previous = position
        .checked_sub(1)
        .and_then(|i| m.pages().get(i))
        .map(|p| {
            (
                p.title().to_owned(),
                format!("/{}/{}", module.slug(), p.slug()),
            )
        });
    let next = m.pages().get(position + 1).map(|p| {
        (
            p.title().to_owned(),
            format!("/{}/{}", module.slug(), p.slug()),
        )
    });
    let href = format!("/{}/{}", module.slug(), page.slug());
    let trail = vec![module.crumb(), (page.title().to_owned(), href.clone())];
    let doc = use_doc(page.file().to_owned());
    let municipality = page.municipality();
    view! {
        <Title text=s.page_title(page.title()) />
        <Breadcrumbs trail />
        <article class="handbook-page">
            <h1 class="ds-heading" data-size="lg" id=PAGE_HEADING_ID tabindex="-1">{page.title().to_owned()}</h1>
            <p class="ds-paragraph lead" data-size="lg">{page.intro().to_owned()}</p>
            <Updated date=page.updated() />
            <Loaded resource=doc children=move |doc| view! {
                <Toc entries=doc.toc.clone() />
                <MarkdownBody doc />
                {scroll_to_hash()}
            } />
            {page
                .components()
                .iter()
                .map(|&component| view! { <Block component municipality /> })
                .collect_view()}
            {page.checklist().cloned().map(|checklist| view! { <Checklist checklist /> })}
            {page.template().cloned().map(|template| view! { <Template template /> })}
            <Sources sources=page.sources().to_vec() />
        </article>
        <Pager previous next />
    }
    .into_any()
}

/// After the body has rendered, scrolls to the heading named in the URL's fragment (after a
/// navigation inside the app the browser could not, because the text arrived later; on a
/// pre-rendered page it already did).
fn scroll_to_hash() -> impl IntoView {
    #[cfg(not(feature = "ssr"))]
    request_animation_frame(|| {
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if let Some(el) = (!id.is_empty())
            .then(|| document().get_element_by_id(id))
            .flatten()
        {
            el.scroll_into_view();
        }
    });
}

#[component]
fn Missing(module: Module, handbook: Arc<Handbook>, slug: String) -> impl IntoView {
    let s = use_i18n();
    let h = handbook_strings();
    let pages = handbook
        .module(module.domain())
        .map(|m| m.pages().to_vec())
        .unwrap_or_default();
    view! {
        <Title text=s.page_title(h.page_missing_title) />
        <Breadcrumbs trail=vec![module.crumb(), (h.page_missing_title.to_owned(), format!("/{}/{slug}", module.slug()))] />
        <h1 class="ds-heading" data-size="lg" id=PAGE_HEADING_ID tabindex="-1">{h.page_missing_title}</h1>
        <p class="ds-paragraph lead" data-size="lg">
            {h.page_missing_before}<code>{slug.clone()}</code>{h.page_missing_after}
        </p>
        <PageList module pages />
    }
}
