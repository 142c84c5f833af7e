//! Markdown content rendered safely: pulldown-cmark's event stream becomes a small tree of
//! [`Node`]s, which [`view::render`] turns into Leptos views. No HTML string ever reaches the
//! DOM: raw HTML in the Markdown (`Event::Html`, `Event::InlineHtml`) becomes plain text, and
//! links with other schemes than https, http, mailto and tel lose their link.
//!
//! The same parse gives the table of contents (the `##` headings, with unique ids) and the
//! plain text used by site search and the word count.

pub mod cache;
pub mod view;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A parsed Markdown document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    /// The top-level blocks.
    pub nodes: Vec<Node>,
    /// The `##` headings: (id, text).
    pub toc: Vec<(String, String)>,
    /// All text, blocks separated by newlines (for search).
    pub text: String,
}

/// A piece of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Text (shown as text, whatever it contains).
    Text(String),
    /// Inline code.
    Code(String),
    /// A hard line break.
    Break,
    /// An element and its children.
    El(El, Vec<Node>),
}

/// The elements content may use.
#[derive(Debug, Clone, PartialEq)]
pub enum El {
    /// Paragraph.
    P,
    /// Heading, level 2–6 (the page's h1 is the app's), with its id.
    H(u8, String),
    /// Block quote.
    Quote,
    /// Code block.
    Pre,
    /// Bulleted list.
    Ul,
    /// Numbered list and its first number.
    Ol(u64),
    /// List item.
    Li,
    /// Emphasis.
    Em,
    /// Strong.
    Strong,
    /// Strikethrough.
    Del,
    /// A link with a safe target.
    Link(String),
    /// Text that had an unsafe link or an image (its alt text).
    Span,
    /// Table and its parts.
    Table,
    /// See [`El::Table`].
    Thead,
    /// See [`El::Table`].
    Tbody,
    /// See [`El::Table`].
    Tr,
    /// Header cell.
    Th,
    /// Data cell.
    Td,
    /// Thematic break.
    Hr,
}

/// The link target to use for `href`, or `None` when it is not safe to link to (e.g.
/// `javascript:`). Internal paths, fragments and relative links are kept.
pub fn safe_href(href: &str) -> Option<&str> {
    let lower = href.trim().to_ascii_lowercase();
    let scheme_end = lower.find(':');
    let first_slash = lower.find(['/', '?', '#']);
    let has_scheme = match (scheme_end, first_slash) {
        (Some(c), Some(s)) => c < s,
        (Some(_), None) => true,
        _ => false,
    };
    let allowed = ["https:", "http:", "mailto:", "tel:"];
    if (has_scheme && !allowed.iter().any(|s| lower.starts_with(s))) || lower.starts_with("//") {
        None
    } else {
        Some(href.trim())
    }
}

/// The id of a heading: its folded text with hyphens (`Hvem er det for?` → `hvem-er-det-for`).
pub fn heading_id(text: &str, taken: &mut Vec<String>) -> String {
    let base = digihjelpen::text::fold(text).replace(' ', "-");
    let base = if base.is_empty() {
        "del".to_owned()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// Parses CommonMark (with tables and strikethrough) into a [`Doc`].
pub fn parse(md: &str) -> Doc {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut doc = Doc::default();
    let mut ids = Vec::new();
    // Open elements with their children; the bottom entry is the document.
    let mut stack: Vec<(El, Vec<Node>)> = vec![(El::Span, Vec::new())];
    let mut heading_text = String::new();
    let mut in_heading = false;
    let push = |stack: &mut Vec<(El, Vec<Node>)>, node: Node| {
        if let Some(top) = stack.last_mut() {
            top.1.push(node);
        }
    };
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(tag) => {
                let el = match tag {
                    Tag::Paragraph | Tag::HtmlBlock => El::P,
                    Tag::Heading { level, .. } => {
                        in_heading = true;
                        heading_text.clear();
                        El::H(level_number(level), String::new())
                    }
                    Tag::BlockQuote(_) => El::Quote,
                    Tag::CodeBlock(_) => El::Pre,
                    Tag::List(Some(start)) => El::Ol(start),
                    Tag::List(None) => El::Ul,
                    Tag::Item => El::Li,
                    Tag::Emphasis => El::Em,
                    Tag::Strong => El::Strong,
                    Tag::Strikethrough => El::Del,
                    Tag::Link { dest_url, .. } => {
                        safe_href(&dest_url).map_or(El::Span, |h| El::Link(h.to_owned()))
                    }
                    Tag::Table(_) => El::Table,
                    Tag::TableHead => El::Thead,
                    Tag::TableRow => El::Tr,
                    Tag::TableCell => El::Td,
                    _ => El::Span,
                };
                stack.push((el, Vec::new()));
            }
            Event::End(end) => {
                let Some((mut el, mut children)) = stack.pop() else {
                    continue;
                };
                match (&mut el, end) {
                    (El::H(level, id), TagEnd::Heading(_)) => {
                        in_heading = false;
                        *id = heading_id(&heading_text, &mut ids);
                        if *level == 2 {
                            doc.toc.push((id.clone(), heading_text.trim().to_owned()));
                        }
                    }
                    (El::Thead, _) => {
                        let cells = children
                            .into_iter()
                            .map(|c| match c {
                                Node::El(El::Td, k) => Node::El(El::Th, k),
                                other => other,
                            })
                            .collect();
                        children = vec![Node::El(El::Tr, cells)];
                    }
                    (El::Table, _) => {
                        let (head, rows): (Vec<Node>, Vec<Node>) = children
                            .into_iter()
                            .partition(|c| matches!(c, Node::El(El::Thead, _)));
                        children = head;
                        children.push(Node::El(El::Tbody, rows));
                    }
                    _ => {}
                }
                if matches!(
                    el,
                    El::P | El::H(..) | El::Li | El::Pre | El::Tr | El::Td | El::Th
                ) {
                    doc.text.push('\n');
                }
                push(&mut stack, Node::El(el, children));
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if in_heading {
                    heading_text.push_str(&t);
                }
                doc.text.push_str(&t);
                push(&mut stack, Node::Text(t.into_string()));
            }
            Event::Code(t) => {
                if in_heading {
                    heading_text.push_str(&t);
                }
                doc.text.push_str(&t);
                push(&mut stack, Node::Code(t.into_string()));
            }
            Event::SoftBreak => {
                doc.text.push(' ');
                push(&mut stack, Node::Text(" ".to_owned()));
            }
            Event::HardBreak => {
                doc.text.push('\n');
                push(&mut stack, Node::Break);
            }
            Event::Rule => push(&mut stack, Node::El(El::Hr, Vec::new())),
            _ => {}
        }
    }
    doc.nodes = stack.pop().map(|(_, nodes)| nodes).unwrap_or_default();
    doc
}

/// Heading levels: `#` and `##` are h2 (the page title is the only h1), deeper ones keep
/// their level.
fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The number of words in a text (runs of letters or digits).
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text() {
        let doc = parse("Hei <script>alert(1)</script>\n\n<div>blokk</div>\n");
        assert_eq!(
            doc.nodes[0],
            Node::El(
                El::P,
                vec![
                    Node::Text("Hei ".into()),
                    Node::Text("<script>".into()),
                    Node::Text("alert(1)".into()),
                    Node::Text("</script>".into()),
                ]
            )
        );
        assert!(doc.text.contains("<div>blokk</div>"));
    }

    #[test]
    fn links_and_headings() {
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href("//evil.example"), None);
        assert_eq!(safe_href("/kart?kommune=0301"), Some("/kart?kommune=0301"));
        assert_eq!(safe_href("https://www.nav.no"), Some("https://www.nav.no"));
        let doc = parse("# Én\n\n## Hvem er det for?\n\n## Hvem er det for?\n");
        let ids: Vec<_> = doc.toc.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(ids, ["en", "hvem-er-det-for", "hvem-er-det-for-2"]);
    }
}
