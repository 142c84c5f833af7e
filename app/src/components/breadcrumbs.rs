//! Breadcrumbs in Designsystemet's markup: on narrow screens a single "back to the parent"
//! link, on wider ones the whole trail, the current page marked with `aria-current`.

use leptos::prelude::*;

use crate::i18n::handbook::handbook_strings;

/// The trail from the front page to the current page: (title, href), current page last.
#[component]
pub fn Breadcrumbs(
    /// Every level below the front page; the last one is the current page.
    trail: Vec<(String, String)>,
) -> impl IntoView {
    let s = handbook_strings();
    let mut all = vec![(s.breadcrumbs_home.to_owned(), "/".to_owned())];
    all.extend(trail);
    let last = all.len() - 1;
    let parent = all.get(last.saturating_sub(1)).cloned();
    view! {
        <nav class="ds-breadcrumbs breadcrumbs" aria-label=s.breadcrumbs_label>
            {parent.map(|(title, href)| {
                let label = format!("{} {title}", s.breadcrumbs_back);
                view! { <a class="ds-link" href=href aria-label=label>{title}</a> }
            })}
            <ol>
                {all
                    .into_iter()
                    .enumerate()
                    .map(|(i, (title, href))| {
                        let current = (i == last).then_some("page");
                        view! { <li><a class="ds-link" href=href aria-current=current>{title}</a></li> }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
