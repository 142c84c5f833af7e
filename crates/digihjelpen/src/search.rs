//! Ranking folded text against a folded query: exact > prefix > word prefix > substring.

use std::collections::HashMap;

/// How well a text matches a query. Ordered worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    /// The query occurs inside a word.
    Substring,
    /// A word (after the first) starts with the query.
    WordPrefix,
    /// The text starts with the query.
    Prefix,
    /// The text is the query.
    Exact,
}

/// Ranks a folded text against a folded, non-empty query.
///
/// # Example
/// ```
/// use digihjelpen::search::{rank, Rank};
/// assert_eq!(rank("levanger", "levanger"), Some(Rank::Exact));
/// assert_eq!(rank("levanger bibliotek", "lev"), Some(Rank::Prefix));
/// assert_eq!(rank("levanger bibliotek", "bibl"), Some(Rank::WordPrefix));
/// assert_eq!(rank("levanger bibliotek", "anger"), Some(Rank::Substring));
/// assert_eq!(rank("levanger", "oslo"), None);
/// ```
pub fn rank(text: &str, query: &str) -> Option<Rank> {
    let first = text.find(query)?;
    if first == 0 {
        return Some(if text.len() == query.len() {
            Rank::Exact
        } else {
            Rank::Prefix
        });
    }
    let bytes = text.as_bytes();
    if text
        .match_indices(query)
        .any(|(i, _)| i > 0 && bytes[i - 1] == b' ')
    {
        Some(Rank::WordPrefix)
    } else {
        Some(Rank::Substring)
    }
}

/// The best rank of a query against any of several folded texts.
pub fn rank_any<S: AsRef<str>>(texts: &[S], query: &str) -> Option<Rank> {
    texts.iter().filter_map(|t| rank(t.as_ref(), query)).max()
}

/// A word index over the folded texts of many entries, so that a query costs a few binary
/// searches and one scan of the distinct words — not a scan of every text.
///
/// * exact and prefix matches of the whole query: binary search in the sorted full texts;
/// * word-prefix matches: binary search in the sorted vocabulary;
/// * substring matches: one scan of the vocabulary stored end to end.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextIndex {
    /// Every full text with its entry and field tag, sorted by text.
    full: Vec<(Box<str>, u32, u8)>,
    /// Distinct words, sorted.
    words: Vec<Box<str>>,
    /// For each word, the (entry, field tag) pairs it occurs in.
    postings: Vec<Vec<(u32, u8)>>,
    /// `words` joined by `\n`, and where each word starts in it.
    joined: String,
    starts: Vec<usize>,
}

impl TextIndex {
    /// Builds the index from (entry, field tag, folded text) triples. Field tags are small
    /// numbers; texts with a lower tag rank higher in [`TextIndex::scores`]'s `score`.
    pub(crate) fn new(texts: impl IntoIterator<Item = (u32, u8, String)>) -> TextIndex {
        let mut full: Vec<(Box<str>, u32, u8)> = texts
            .into_iter()
            .filter(|t| !t.2.is_empty())
            .map(|(e, tag, t)| (t.into_boxed_str(), e, tag))
            .collect();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut postings: Vec<Vec<(u32, u8)>> = Vec::new();
        for (text, entry, tag) in &full {
            for word in text.split(' ') {
                let id = *ids.entry(word).or_insert_with(|| {
                    postings.push(Vec::new());
                    postings.len() - 1
                });
                let list = &mut postings[id];
                if list.last() != Some(&(*entry, *tag)) {
                    list.push((*entry, *tag));
                }
            }
        }
        let mut order: Vec<(&str, usize)> = ids.into_iter().collect();
        order.sort_unstable();
        let words: Vec<Box<str>> = order.iter().map(|(w, _)| Box::from(*w)).collect();
        let mut postings: Vec<Vec<(u32, u8)>> = order
            .iter()
            .map(|&(_, id)| std::mem::take(&mut postings[id]))
            .collect();
        postings.shrink_to_fit();
        full.sort_unstable();
        let mut joined = String::new();
        let mut starts = Vec::with_capacity(words.len() + 1);
        for w in &words {
            starts.push(joined.len());
            joined.push_str(w);
            joined.push('\n');
        }
        starts.push(joined.len());
        TextIndex {
            full,
            words,
            postings,
            joined,
            starts,
        }
    }

    /// Raises `scores[entry]` to `score(rank, tag)` for every match of a folded, non-empty
    /// query: the whole text equal to or starting with the query, or (for a single word) a
    /// word starting with or containing it.
    pub(crate) fn scores(&self, query: &str, scores: &mut [u8], score: impl Fn(Rank, u8) -> u8) {
        let mut raise = |entry: u32, s: u8| {
            if let Some(slot) = scores.get_mut(entry as usize) {
                *slot = (*slot).max(s);
            }
        };
        let from = self.full.partition_point(|(t, _, _)| &**t < query);
        for (text, entry, tag) in self.full[from..]
            .iter()
            .take_while(|(t, _, _)| t.starts_with(query))
        {
            let rank = if text.len() == query.len() {
                Rank::Exact
            } else {
                Rank::Prefix
            };
            raise(*entry, score(rank, *tag));
        }
        if query.contains(' ') {
            return;
        }
        // Words starting with the query: a contiguous range of the sorted vocabulary.
        let from = self.words.partition_point(|w| &**w < query);
        let to = from
            + self.words[from..]
                .iter()
                .take_while(|w| w.starts_with(query))
                .count();
        for list in &self.postings[from..to] {
            for &(entry, tag) in list {
                raise(entry, score(Rank::WordPrefix, tag));
            }
        }
        // Words containing the query after their first letter.
        let mut word = 0;
        let mut last = usize::MAX;
        for (p, _) in self.joined.match_indices(query) {
            while self.starts[word + 1] <= p {
                word += 1;
            }
            if p == self.starts[word] || word == last {
                continue;
            }
            last = word;
            for &(entry, tag) in &self.postings[word] {
                raise(entry, score(Rank::Substring, tag));
            }
        }
    }
}
