//! Checks of the handbook's Markdown files, which `handbok.json` names but the domain crate
//! cannot read (it does no I/O): every page body and template exists under `public/`, is
//! UTF-8 and is not empty; raw HTML in them is flagged (the app shows it as text, which is
//! rarely what the editor meant). Also the words per page, for editors and reviews.

use std::path::Path;

use digihjelpen::Handbook;

/// One page's Markdown body: where it is shown and how many words it has.
pub struct PageWords {
    /// `/<module>/<page>`.
    pub route: String,
    /// Words in the Markdown body (see [`count_words`]).
    pub words: usize,
    /// Whether the page is a template page (its body may be short).
    pub template: bool,
}

/// Reads every file the handbook names, relative to `public`. Returns the problems (in
/// Norwegian, one line each, naming the file) and the words per page.
pub fn check(handbook: &Handbook, public: &Path) -> (Vec<String>, Vec<PageWords>) {
    let mut problems = Vec::new();
    let mut pages = Vec::new();
    for module in handbook.modules() {
        for page in module.pages() {
            let route = format!("/{}/{}", module.slug(), page.slug());
            let words = read(public, page.file(), &mut problems).map_or(0, |t| count_words(&t));
            if let Some(template) = page.template() {
                read(public, template.file(), &mut problems);
            }
            pages.push(PageWords {
                route,
                words,
                template: page.template().is_some(),
            });
        }
    }
    (problems, pages)
}

/// Reads one content file, pushing a problem when it is missing, not UTF-8, empty or has
/// raw HTML.
fn read(public: &Path, file: &str, problems: &mut Vec<String>) -> Option<String> {
    let path = public.join(file);
    let text = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                problems.push(format!("{file}: filen er ikke UTF-8"));
                return None;
            }
        },
        Err(e) => {
            problems.push(format!("{file}: finnes ikke ({e})"));
            return None;
        }
    };
    if text.trim().is_empty() {
        problems.push(format!("{file}: filen er tom"));
    }
    if let Some(tag) = find_html(&text) {
        problems.push(format!(
            "{file}: inneholder HTML ({tag:?}), som vises som tekst; bruk Markdown"
        ));
    }
    Some(text)
}

/// The first thing that looks like an HTML tag (`<a`, `</p`, `<!--`), outside code.
fn find_html(text: &str) -> Option<String> {
    let mut in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let bytes = line.as_bytes();
        for (i, w) in bytes.windows(2).enumerate() {
            if w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!') {
                let end = line[i..].find('>').map_or(line.len(), |e| i + e + 1);
                return Some(line[i..end.min(i + 40)].to_owned());
            }
        }
    }
    None
}

/// Words in Markdown text: whitespace-separated tokens with at least one letter or digit
/// (so `-`, `|`, `##` and `---` do not count).
pub fn count_words(markdown: &str) -> usize {
    markdown
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_markup() {
        assert_eq!(
            count_words("## Overskrift\n\n- ett punkt\n- to\n\n| a | b |\n|---|---|"),
            6
        );
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn finds_html_outside_code() {
        assert_eq!(
            find_html("tekst <script>alert(1)</script>").as_deref(),
            Some("<script>")
        );
        assert_eq!(find_html("```\n<b>kode</b>\n```\n3 < 4 og 5 > 2"), None);
        assert_eq!(
            find_html("<!-- kommentar -->").as_deref(),
            Some("<!-- kommentar -->")
        );
    }
}
