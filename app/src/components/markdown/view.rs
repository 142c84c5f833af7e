//! Turning a parsed Markdown tree into Leptos views, with Designsystemet's classes.
//!
//! Text always goes in as text nodes. Internal links are plain `<a href="/…">`: the router
//! handles their clicks, so they navigate inside the app.

use leptos::prelude::*;

use super::{El, Node};
use crate::i18n::handbook::handbook_strings;

/// The views of a list of nodes.
pub fn render(nodes: &[Node]) -> Vec<AnyView> {
    nodes.iter().map(node).collect()
}

fn node(n: &Node) -> AnyView {
    match n {
        Node::Text(t) => t.clone().into_any(),
        Node::Code(t) => view! { <code>{t.clone()}</code> }.into_any(),
        Node::Break => view! { <br /> }.into_any(),
        Node::El(el, children) => element(el, render(children)),
    }
}

fn element(el: &El, k: Vec<AnyView>) -> AnyView {
    match el {
        El::P => view! { <p class="ds-paragraph">{k}</p> }.into_any(),
        El::H(level, id) => heading(*level, id.clone(), k),
        El::Quote => view! { <blockquote class="md-quote">{k}</blockquote> }.into_any(),
        El::Pre => view! { <pre class="md-pre"><code>{k}</code></pre> }.into_any(),
        El::Ul => view! { <ul class="ds-list">{k}</ul> }.into_any(),
        El::Ol(start) => {
            let start = (*start != 1).then(|| start.to_string());
            view! { <ol class="ds-list" start=start>{k}</ol> }.into_any()
        }
        El::Li => view! { <li>{k}</li> }.into_any(),
        El::Em => view! { <em>{k}</em> }.into_any(),
        El::Strong => view! { <strong>{k}</strong> }.into_any(),
        El::Del => view! { <del>{k}</del> }.into_any(),
        El::Link(href) => view! { <a class="ds-link" href=href.clone()>{k}</a> }.into_any(),
        El::Span => view! { <span>{k}</span> }.into_any(),
        El::Table => {
            let label = handbook_strings().table_region;
            view! {
                <div class="md-table" role="region" aria-label=label tabindex="0">
                    <table class="ds-table" data-border="">{k}</table>
                </div>
            }
            .into_any()
        }
        El::Thead => view! { <thead>{k}</thead> }.into_any(),
        El::Tbody => view! { <tbody>{k}</tbody> }.into_any(),
        El::Tr => view! { <tr>{k}</tr> }.into_any(),
        El::Th => view! { <th scope="col">{k}</th> }.into_any(),
        El::Td => view! { <td>{k}</td> }.into_any(),
        El::Hr => view! { <hr class="ds-divider" /> }.into_any(),
    }
}

fn heading(level: u8, id: String, k: Vec<AnyView>) -> AnyView {
    // Headings can take focus, so that the table of contents can move focus to them.
    match level {
        2 => {
            view! { <h2 class="ds-heading" data-size="md" id=id tabindex="-1">{k}</h2> }.into_any()
        }
        3 => {
            view! { <h3 class="ds-heading" data-size="sm" id=id tabindex="-1">{k}</h3> }.into_any()
        }
        4 => {
            view! { <h4 class="ds-heading" data-size="xs" id=id tabindex="-1">{k}</h4> }.into_any()
        }
        5 => {
            view! { <h5 class="ds-heading" data-size="2xs" id=id tabindex="-1">{k}</h5> }.into_any()
        }
        _ => {
            view! { <h6 class="ds-heading" data-size="2xs" id=id tabindex="-1">{k}</h6> }.into_any()
        }
    }
}

/// Renders Markdown that has already been parsed.
#[component]
pub fn MarkdownBody(
    /// The parsed document.
    doc: std::sync::Arc<super::Doc>,
    /// Extra class on the wrapper.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let class = if class.is_empty() {
        "md-body".to_owned()
    } else {
        format!("md-body {class}")
    };
    view! { <div class=class>{render(&doc.nodes)}</div> }
}
