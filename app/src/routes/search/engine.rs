//! Ranking handbook pages and resources against a query with the domain crate's folding and
//! ranking (`digihjelpen::text::fold`, `digihjelpen::search::rank`), and finding the matched
//! text again in the original for highlighting.
//!
//! Offers and municipalities are searched by the domain crate itself (`Index::search`,
//! `Registry::search`); this module is the glue for the texts the crate does not index.

use std::ops::Range;

use digihjelpen::search::{rank, Rank};
use digihjelpen::text::fold;

/// A text folded with [`fold`], with the byte in the original text each folded byte came from.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text (as [`fold`] gives it).
    pub text: String,
    /// For each byte of `text`, the start of the original character it came from.
    origin: Vec<usize>,
}

impl Folded {
    /// Folds `original` character by character with the domain crate's [`fold`], keeping track
    /// of where each folded byte came from. Characters that fold to nothing are separators.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (at, c) in original.char_indices() {
            let f = fold(c.encode_utf8(&mut buf));
            if f.is_empty() {
                if !text.is_empty() && !text.ends_with(' ') {
                    text.push(' ');
                    origin.push(at);
                }
            } else {
                text.push_str(&f);
                origin.extend(std::iter::repeat_n(at, f.len()));
            }
        }
        if text.ends_with(' ') {
            text.pop();
            origin.pop();
        }
        Folded { text, origin }
    }

    /// The byte range in `original` of the first match of the folded `query`, preferring a
    /// match at the start of a word.
    pub fn find(&self, original: &str, query: &str) -> Option<Range<usize>> {
        if query.is_empty() {
            return None;
        }
        let bytes = self.text.as_bytes();
        let at = self
            .text
            .match_indices(query)
            .map(|(i, _)| i)
            .find(|&i| i == 0 || bytes[i - 1] == b' ')
            .or_else(|| self.text.find(query))?;
        let start = self.origin[at];
        let last = self.origin[at + query.len() - 1];
        let end = last + original[last..].chars().next().map_or(0, char::len_utf8);
        Some(start..end)
    }
}

/// A searchable entry: its texts, most important first (e.g. title, intro, body).
#[derive(Debug, Clone)]
pub struct Entry {
    /// The original texts.
    pub fields: Vec<String>,
    folded: Vec<Folded>,
}

impl Entry {
    /// Folds the fields once.
    pub fn new(fields: Vec<String>) -> Entry {
        let folded = fields.iter().map(|f| Folded::new(f)).collect();
        Entry { fields, folded }
    }
}

/// A match: which entry, how well, in which field, and the text to highlight there.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position in the entry slice.
    pub index: usize,
    /// How well the query matched.
    pub rank: Rank,
    /// Which field matched best (0 = most important).
    pub field: usize,
    /// Byte range of the highlight in that field.
    pub range: Option<Range<usize>>,
}

/// Entries matching `query`, best first: rank (exact > prefix > word prefix > substring), then
/// the field (earlier is better), then position. As in `Index::search`, when the whole query
/// matches nowhere in an entry, the entry still matches if every word occurs in one of its
/// fields, ranked at most as a word prefix.
pub fn search(entries: &[Entry], query: &str) -> Vec<Hit> {
    let q = fold(query);
    if q.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = q.split(' ').collect();
    let mut hits: Vec<Hit> = entries
        .iter()
        .enumerate()
        .filter_map(|(index, e)| {
            let best = |q: &str| {
                e.folded
                    .iter()
                    .enumerate()
                    .filter_map(|(f, text)| rank(&text.text, q).map(|r| (r, f)))
                    .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            };
            let (rank, field, needle) = match best(&q) {
                Some((r, f)) => (r, f, q.as_str()),
                None if words.len() > 1 => {
                    let each: Option<Vec<(Rank, usize)>> = words.iter().map(|w| best(w)).collect();
                    let each = each?;
                    let (worst, field) = each.iter().copied().min_by_key(|x| x.0)?;
                    (worst.min(Rank::WordPrefix), field, words[0])
                }
                None => return None,
            };
            let range = e.folded[field].find(&e.fields[field], needle).or_else(|| {
                words
                    .iter()
                    .find_map(|w| e.folded[field].find(&e.fields[field], w))
            });
            Some(Hit {
                index,
                rank,
                field,
                range,
            })
        })
        .collect();
    hits.sort_by(|a, b| {
        b.rank
            .cmp(&a.rank)
            .then(a.field.cmp(&b.field))
            .then(a.index.cmp(&b.index))
    });
    hits
}

/// A short excerpt around `range` in `text`: (text before, the match, text after), with
/// "…" where the excerpt cuts the text. Whitespace runs become single spaces.
pub fn snippet(
    text: &str,
    range: Range<usize>,
    before: usize,
    after: usize,
) -> (String, String, String) {
    let start = back_chars(text, range.start, before);
    let end = forward_chars(text, range.end, after);
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut head = squash(&text[start..range.start]);
    if range.start > start && text[..range.start].ends_with(char::is_whitespace) {
        head.push(' ');
    }
    if start > 0 {
        head.insert_str(0, "… ");
    }
    let mut tail = squash(&text[range.end..end]);
    if text[range.end..].starts_with(char::is_whitespace) && !tail.is_empty() {
        tail.insert(0, ' ');
    }
    if end < text.len() {
        tail.push_str(" …");
    }
    (head, squash(&text[range]), tail)
}

/// The start of the word about `n` characters before `at`.
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    let mut start = text[..at].char_indices().rev().nth(n).map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(space) = text[start..at].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    start
}

/// The end of the word about `n` characters after `at`.
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    let mut end = text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i);
    if end < text.len() {
        if let Some(space) = text[at..end].rfind(char::is_whitespace) {
            end = at + space;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_folded_text_in_the_original() {
        let text = "Hjelp i Tromsø og Ålesund!";
        let f = Folded::new(text);
        assert_eq!(f.text, fold(text));
        let r = f.find(text, "tromso").unwrap();
        assert_eq!(&text[r], "Tromsø");
        let r = f.find(text, "alesund").unwrap();
        assert_eq!(&text[r], "Ålesund");
    }

    #[test]
    fn ranks_and_requires_every_word() {
        let entries = vec![
            Entry::new(vec![
                "Grunnleggende ferdigheter".into(),
                "Nivå 1 og 2".into(),
            ]),
            Entry::new(vec![
                "Om Digihjelpen".into(),
                "Alle trenger grunnleggende hjelp".into(),
            ]),
        ];
        let hits = search(&entries, "grunnleggende");
        assert_eq!(hits.iter().map(|h| h.index).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(search(&entries, "hjelp grunnleggende")[0].index, 1);
        assert!(search(&entries, "tromso").is_empty());
    }

    #[test]
    fn snippets_cut_at_words() {
        let text = "En lang tekst om veiledning i kommunen og biblioteket";
        let r = text.find("kommunen").unwrap();
        let (a, m, b) = snippet(text, r.start..r.start + 8, 12, 6);
        assert_eq!(
            (a.as_str(), m.as_str(), b.as_str()),
            ("… veiledning i ", "kommunen", " og …")
        );
    }
}
