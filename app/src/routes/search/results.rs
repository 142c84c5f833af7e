//! What site search searches (handbook pages with their Markdown text, resources, offers and
//! municipalities) and the grouped result list, with the matched text marked.

use std::ops::Range;
use std::sync::Arc;

use digihjelpen::{Filter, Resource};
use leptos::prelude::*;
use leptos_router::components::A;

use super::engine::{search, snippet, Entry, Folded, Hit};
use crate::components::markdown::cache::load_doc;
use crate::data::{use_catalog, use_handbook, use_resources, Catalog, DataResource, LoadError};
use crate::i18n::search::search_strings;

/// Everything search looks in. Files that fail to load leave their group empty.
pub struct SearchData {
    catalog: Option<Arc<Catalog>>,
    /// (href, module title) of each handbook page.
    pages: Vec<(String, String)>,
    /// Title, intro and body text of each page.
    page_entries: Vec<Entry>,
    resources: Vec<Resource>,
    /// Title, description and publisher of each resource.
    resource_entries: Vec<Entry>,
}

/// A resource with everything search needs: the catalog, the handbook with every page's
/// Markdown (cached), and the resources. Never fails: a file that fails only empties its group.
pub fn use_search_data() -> DataResource<SearchData> {
    let (catalog, handbook, resources) = (use_catalog(), use_handbook(), use_resources());
    DataResource::new(move || load(catalog, handbook, resources))
}

async fn load(
    catalog: DataResource<Catalog>,
    handbook: DataResource<digihjelpen::Handbook>,
    resources: DataResource<Vec<Resource>>,
) -> Result<Arc<SearchData>, LoadError> {
    let (catalog, handbook, resources) =
        futures::future::join3(catalog.wait(), handbook.wait(), resources.wait()).await;
    let mut pages = Vec::new();
    let mut page_entries = Vec::new();
    if let Ok(handbook) = handbook {
        let all: Vec<_> = handbook
            .modules()
            .iter()
            .flat_map(|m| m.pages().iter().map(move |p| (m, p)))
            .collect();
        let docs = futures::future::join_all(all.iter().map(|(_, p)| load_doc(p.file()))).await;
        for ((m, p), doc) in all.into_iter().zip(docs) {
            let body = doc.map(|d| d.text.clone()).unwrap_or_default();
            pages.push((format!("/{}/{}", m.slug(), p.slug()), m.title().to_owned()));
            page_entries.push(Entry::new(vec![
                p.title().to_owned(),
                p.intro().to_owned(),
                body,
            ]));
        }
    }
    let resources = resources.map(|r| r.to_vec()).unwrap_or_default();
    let resource_entries = resources
        .iter()
        .map(|r| {
            let fields = [Some(r.title()), r.description(), Some(r.publisher_label())];
            Entry::new(
                fields
                    .into_iter()
                    .map(|f| f.unwrap_or("").to_owned())
                    .collect(),
            )
        })
        .collect();
    Ok(Arc::new(SearchData {
        catalog: catalog.ok(),
        pages,
        page_entries,
        resources,
        resource_entries,
    }))
}

/// A text with an optional highlighted range.
type Marked = (String, Option<Range<usize>>);

/// One result.
struct Item {
    href: String,
    external: bool,
    title: Marked,
    meta: String,
    excerpt: Option<Marked>,
}

/// The most results shown per group.
const MAX_PER_GROUP: usize = 20;

fn marked(text: &str, query: &str) -> Marked {
    let q = digihjelpen::text::fold(query);
    let range = Folded::new(text)
        .find(text, &q)
        .or_else(|| q.split(' ').find_map(|w| Folded::new(text).find(text, w)));
    (text.to_owned(), range)
}

fn page_items(data: &SearchData, query: &str) -> Vec<Item> {
    search(&data.page_entries, query)
        .into_iter()
        .take(MAX_PER_GROUP)
        .map(
            |Hit {
                 index,
                 field,
                 range,
                 ..
             }| {
                let e = &data.page_entries[index];
                let (href, module) = data.pages[index].clone();
                let title = (e.fields[0].clone(), range.clone().filter(|_| field == 0));
                let excerpt = match (field, range) {
                    (0, _) | (_, None) => (e.fields[1].clone(), None),
                    (f, Some(r)) => {
                        let (a, m, b) = snippet(&e.fields[f], r, 70, 110);
                        let range = a.len()..a.len() + m.len();
                        (format!("{a}{m}{b}"), Some(range))
                    }
                };
                Item {
                    href,
                    external: false,
                    title,
                    meta: module,
                    excerpt: Some(excerpt),
                }
            },
        )
        .collect()
}

fn resource_items(data: &SearchData, query: &str) -> Vec<Item> {
    search(&data.resource_entries, query)
        .into_iter()
        .take(MAX_PER_GROUP)
        .map(
            |Hit {
                 index,
                 field,
                 range,
                 ..
             }| {
                let r = &data.resources[index];
                let e = &data.resource_entries[index];
                let title = (e.fields[0].clone(), range.clone().filter(|_| field == 0));
                let excerpt = (e.fields[1].clone(), range.filter(|_| field == 1));
                Item {
                    href: r.url().to_string(),
                    external: true,
                    title,
                    meta: format!("{} · {}", r.publisher_label(), r.format().label_nb()),
                    excerpt: (!excerpt.0.is_empty()).then_some(excerpt),
                }
            },
        )
        .collect()
}

fn municipality_items(catalog: &Catalog, query: &str) -> Vec<Item> {
    let s = search_strings();
    catalog
        .registry
        .search(query)
        .into_iter()
        .take(MAX_PER_GROUP)
        .map(|m| {
            let filter = Filter {
                municipalities: vec![m.number()],
                ..Filter::default()
            };
            let offers = catalog.index.count(&filter);
            let county = catalog
                .registry
                .county(m.county())
                .map(|c| c.name_nb().to_owned());
            let count = if offers == 0 {
                s.municipality_none.to_owned()
            } else {
                format!("{offers} {}", s.municipality_offers)
            };
            Item {
                href: format!("/kart?kommune={}", m.number()),
                external: false,
                title: marked(m.name(), query),
                meta: county.map_or(count.clone(), |c| format!("{c} · {count}")),
                excerpt: None,
            }
        })
        .collect()
}

fn offer_items(catalog: &Catalog, query: &str) -> Vec<Item> {
    catalog
        .index
        .search(query, &Filter::default())
        .into_iter()
        .take(MAX_PER_GROUP)
        .map(|hit| {
            let offer = &catalog.offers[hit.index];
            let place = catalog
                .registry
                .municipality(offer.municipality())
                .map(|m| m.name().to_owned())
                .unwrap_or_default();
            let venue = offer.venue();
            let line = [venue.name(), venue.address(), Some(place.as_str())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let title = marked(offer.name(), query);
            let excerpt = if title.1.is_some() {
                (line, None)
            } else {
                marked(&line, query)
            };
            Item {
                href: format!("/kart?kommune={}", offer.municipality()),
                external: false,
                title,
                meta: venue.kind().label_nb().to_owned(),
                excerpt: Some(excerpt),
            }
        })
        .collect()
}

/// A text with its highlighted part in `<mark>` (built as nodes, never as HTML).
fn mark_view((text, range): Marked) -> AnyView {
    match range.filter(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end)) {
        Some(r) => {
            let (before, hit, after) = (
                text[..r.start].to_owned(),
                text[r.clone()].to_owned(),
                text[r.end..].to_owned(),
            );
            view! { {before}<mark>{hit}</mark>{after} }.into_any()
        }
        None => text.into_any(),
    }
}

fn group(id: &'static str, heading: &'static str, items: Vec<Item>) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        let heading = format!("{heading} ({})", items.len());
        view! {
            <section class="search-group" aria-labelledby=id>
                <h2 class="ds-heading" data-size="sm" id=id>{heading}</h2>
                <ol class="search-results">
                    {items.into_iter().map(|item| {
                        let title = mark_view(item.title);
                        let link = if item.external {
                            view! { <a class="ds-link" href=item.href>{title}</a> }.into_any()
                        } else {
                            view! { <A href=item.href attr:class="ds-link">{title}</A> }.into_any()
                        };
                        view! {
                            <li class="search-result">
                                <h3 class="ds-heading" data-size="xs">{link}</h3>
                                <p class="ds-paragraph search-meta" data-size="sm">{item.meta}</p>
                                {item.excerpt.map(|e| view! { <p class="ds-paragraph search-excerpt">{mark_view(e)}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}

/// "3 treff for «tromso»", or nothing for an empty query.
pub fn count(data: &SearchData, query: &str) -> String {
    if query.is_empty() {
        return String::new();
    }
    let (municipalities, offers) = data
        .catalog
        .as_ref()
        .map(|c| {
            let filter = Filter::default();
            (
                c.registry.search(query).len().min(MAX_PER_GROUP),
                c.index.search(query, &filter).len().min(MAX_PER_GROUP),
            )
        })
        .unwrap_or_default();
    let pages = search(&data.page_entries, query).len().min(MAX_PER_GROUP);
    let resources = search(&data.resource_entries, query)
        .len()
        .min(MAX_PER_GROUP);
    search_strings().count(pages + municipalities + offers + resources, query)
}

/// The results for `query`: the groups, or help when nothing matched.
pub fn results(data: &SearchData, query: &str) -> impl IntoView {
    let s = search_strings();
    let pages = page_items(data, query);
    let (municipalities, offers) = data
        .catalog
        .as_ref()
        .map(|c| (municipality_items(c, query), offer_items(c, query)))
        .unwrap_or_default();
    let resources = resource_items(data, query);
    let total = pages.len() + municipalities.len() + offers.len() + resources.len();
    view! {
        {(total == 0).then(|| no_hits(query))}
        {group("treff-handbok", s.group_handbook, pages)}
        {group("treff-kommuner", s.group_municipalities, municipalities)}
        {group("treff-tilbud", s.group_offers, offers)}
        {group("treff-ressurser", s.group_resources, resources)}
    }
}

fn no_hits(query: &str) -> impl IntoView {
    let s = search_strings();
    view! {
        <div class="search-none">
            <p class="ds-paragraph">{s.none_before}"«"{query.to_owned()}"»."</p>
            <h2 class="ds-heading" data-size="xs">{s.none_try}</h2>
            <ul class="ds-list">
                {s.none_suggestions.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}
                <li><A href="/kart">{s.none_map}</A></li>
                <li><A href="/kom-i-gang">{s.none_handbook}</A></li>
            </ul>
        </div>
    }
}
