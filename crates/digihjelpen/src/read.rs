//! Reading untyped JSON into typed values while collecting every problem with its path.
//!
//! The parsers first turn the text into a [`serde_json::Value`] (the only place a syntax error
//! can occur, reported with line and column), then walk it with [`Obj`], which checks each
//! field's presence and type, rejects unknown fields, and records problems instead of stopping.

use std::str::FromStr;

use serde_json::{Map, Value};

use crate::error::{DataError, ProblemKind, Problems};
use crate::text;

/// Parses JSON text, turning a syntax error into a problem with line and column.
pub(crate) fn parse_json(json: &str) -> Result<Value, DataError> {
    serde_json::from_str(json).map_err(|e| {
        DataError::one(
            "",
            ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                message: syntax_message(&e),
            },
        )
    })
}

/// serde_json's message in Norwegian, without its " at line … column …" suffix.
fn syntax_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let msg = full.split(" at line ").next().unwrap_or(&full);
    let known: &[(&str, &str)] = &[
        ("EOF while parsing", "filen slutter for tidlig"),
        ("expected value", "forventet en verdi"),
        ("expected `,` or `}`", "forventet , eller }"),
        ("expected `,` or `]`", "forventet , eller ]"),
        ("expected `:`", "forventet :"),
        ("trailing comma", "komma foran avsluttende parentes"),
        (
            "key must be a string",
            "nøkkelen må være tekst i anførselstegn",
        ),
        ("trailing characters", "tegn etter slutten av dokumentet"),
        ("control character", "kontrolltegn i tekst"),
        ("invalid escape", "ugyldig escape-sekvens"),
        ("invalid number", "ugyldig tall"),
        ("number out of range", "tallet er for stort"),
        ("expected ident", "ukjent ord (bruk true, false eller null)"),
        ("recursion limit exceeded", "for dypt nøstet"),
        ("invalid unicode code point", "ugyldig unicode-tegn"),
        ("lone leading surrogate", "ugyldig unicode-tegn"),
    ];
    known
        .iter()
        .find(|(en, _)| msg.starts_with(en))
        .map(|(_, nb)| (*nb).to_owned())
        .unwrap_or_else(|| msg.to_owned())
}

/// The Norwegian name of a value's JSON type, for "skal være …, men er …".
pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "sann/usann",
        Value::Number(_) => "et tall",
        Value::String(_) => "tekst",
        Value::Array(_) => "en liste",
        Value::Object(_) => "et objekt",
    }
}

/// `path.key`, or `key` at the top level.
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// `path[i]`.
pub(crate) fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// An object being read, with its path and the problem list.
pub(crate) struct Obj<'a, 'p> {
    pub(crate) map: &'a Map<String, Value>,
    pub(crate) path: String,
    pub(crate) problems: &'p mut Problems,
}

impl<'a, 'p> Obj<'a, 'p> {
    /// Reads `value` as an object whose keys must be among `known`.
    pub(crate) fn new(
        value: &'a Value,
        path: String,
        known: &[&str],
        problems: &'p mut Problems,
    ) -> Option<Obj<'a, 'p>> {
        let Value::Object(map) = value else {
            problems.push(
                path,
                ProblemKind::WrongType {
                    expected: "et objekt",
                    found: type_name(value),
                },
            );
            return None;
        };
        for key in map.keys() {
            if !known.contains(&key.as_str()) && !key.starts_with('$') {
                problems.push(join(&path, key), ProblemKind::UnknownField);
            }
        }
        Some(Obj {
            map,
            path,
            problems,
        })
    }

    pub(crate) fn path_of(&self, key: &str) -> String {
        join(&self.path, key)
    }

    pub(crate) fn push(&mut self, key: &str, kind: ProblemKind) {
        let path = self.path_of(key);
        self.problems.push(path, kind);
    }

    /// The raw value of an optional field (`null` counts as absent).
    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A required field's raw value.
    pub(crate) fn required(&mut self, key: &str) -> Option<&'a Value> {
        let v = self.get(key);
        if v.is_none() {
            self.push(key, ProblemKind::Missing);
        }
        v
    }

    fn as_str(&mut self, key: &str, v: &'a Value) -> Option<&'a str> {
        match v {
            Value::String(s) => Some(s),
            other => {
                self.push(
                    key,
                    ProblemKind::WrongType {
                        expected: "tekst",
                        found: type_name(other),
                    },
                );
                None
            }
        }
    }

    /// An optional string, untrimmed.
    pub(crate) fn opt_raw_str(&mut self, key: &str) -> Option<&'a str> {
        let v = self.get(key)?;
        self.as_str(key, v)
    }

    /// A required string, untrimmed.
    pub(crate) fn req_raw_str(&mut self, key: &str) -> Option<&'a str> {
        let v = self.required(key)?;
        self.as_str(key, v)
    }

    /// A required plain-text field: trimmed, not empty, no HTML, at most `max` characters.
    pub(crate) fn req_text(&mut self, key: &str, max: usize) -> Option<String> {
        let s = self.req_raw_str(key)?;
        self.check_text(key, s, max)
    }

    /// An optional plain-text field (an empty string counts as absent).
    pub(crate) fn opt_text(&mut self, key: &str, max: usize) -> Option<String> {
        let s = self.opt_raw_str(key)?;
        if s.trim().is_empty() {
            return None;
        }
        self.check_text(key, s, max)
    }

    fn check_text(&mut self, key: &str, s: &str, max: usize) -> Option<String> {
        let path = self.path_of(key);
        text::check_plain(s, max)
            .map_err(|kind| self.problems.push(path, kind))
            .ok()
    }

    /// A required value parsed with `FromStr` whose error is a [`ProblemKind`].
    pub(crate) fn req_parse<T: FromStr<Err = ProblemKind>>(&mut self, key: &str) -> Option<T> {
        let s = self.req_raw_str(key)?;
        self.parse_str(key, s)
    }

    /// An optional value parsed with `FromStr`.
    pub(crate) fn opt_parse<T: FromStr<Err = ProblemKind>>(&mut self, key: &str) -> Option<T> {
        let s = self.opt_raw_str(key)?;
        self.parse_str(key, s)
    }

    fn parse_str<T: FromStr<Err = ProblemKind>>(&mut self, key: &str, s: &str) -> Option<T> {
        s.parse().map_err(|kind| self.push(key, kind)).ok()
    }

    /// An optional boolean.
    pub(crate) fn opt_bool(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                let found = type_name(other);
                self.push(
                    key,
                    ProblemKind::WrongType {
                        expected: "true eller false",
                        found,
                    },
                );
                None
            }
        }
    }

    /// A required number.
    pub(crate) fn req_f64(&mut self, key: &str) -> Option<f64> {
        match self.required(key)? {
            Value::Number(n) => n.as_f64(),
            other => {
                let found = type_name(other);
                self.push(
                    key,
                    ProblemKind::WrongType {
                        expected: "et tall",
                        found,
                    },
                );
                None
            }
        }
    }

    /// An optional list; each element is read by `each(value, path, problems)`.
    pub(crate) fn opt_list<T>(
        &mut self,
        key: &str,
        each: impl FnMut(&'a Value, String, &mut Problems) -> Option<T>,
    ) -> Option<Vec<T>> {
        let v = self.get(key)?;
        self.list(key, v, each)
    }

    /// A required list.
    pub(crate) fn req_list<T>(
        &mut self,
        key: &str,
        each: impl FnMut(&'a Value, String, &mut Problems) -> Option<T>,
    ) -> Option<Vec<T>> {
        let v = self.required(key)?;
        self.list(key, v, each)
    }

    fn list<T>(
        &mut self,
        key: &str,
        v: &'a Value,
        mut each: impl FnMut(&'a Value, String, &mut Problems) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Value::Array(items) = v else {
            let found = type_name(v);
            self.push(
                key,
                ProblemKind::WrongType {
                    expected: "en liste",
                    found,
                },
            );
            return None;
        };
        let path = self.path_of(key);
        let before = self.problems.len();
        let out: Vec<T> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| each(item, index(&path, i), self.problems))
            .collect();
        (self.problems.len() == before).then_some(out)
    }

    /// A required list of `FromStr` values: not empty, no duplicates.
    pub(crate) fn req_values<T>(&mut self, key: &str) -> Option<Vec<T>>
    where
        T: FromStr<Err = ProblemKind> + PartialEq,
    {
        let values = self.req_list(key, parse_item::<T>)?;
        if values.is_empty() {
            self.push(key, ProblemKind::EmptyList);
            return None;
        }
        self.no_duplicates(key, values)
    }

    /// An optional list of `FromStr` values (absent = empty), no duplicates.
    pub(crate) fn opt_values<T>(&mut self, key: &str) -> Vec<T>
    where
        T: FromStr<Err = ProblemKind> + PartialEq,
    {
        self.opt_list(key, parse_item::<T>)
            .and_then(|values| self.no_duplicates(key, values))
            .unwrap_or_default()
    }

    fn no_duplicates<T: PartialEq>(&mut self, key: &str, values: Vec<T>) -> Option<Vec<T>> {
        let raw = self.map.get(key).and_then(Value::as_array);
        for i in 1..values.len() {
            if values[..i].contains(&values[i]) {
                let shown = raw
                    .and_then(|r| r.get(i))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                self.problems.push(
                    index(&self.path_of(key), i),
                    ProblemKind::DuplicateValue(shown),
                );
                return None;
            }
        }
        Some(values)
    }
}

/// Reads one list element as a string parsed with `FromStr`.
pub(crate) fn parse_item<T: FromStr<Err = ProblemKind>>(
    v: &Value,
    path: String,
    problems: &mut Problems,
) -> Option<T> {
    match v {
        Value::String(s) => s.parse().map_err(|kind| problems.push(path, kind)).ok(),
        other => {
            problems.push(
                path,
                ProblemKind::WrongType {
                    expected: "tekst",
                    found: type_name(other),
                },
            );
            None
        }
    }
}

/// The top-level object of a data file and its main list, e.g. `{"tilbud": [...]}`.
///
/// Other top-level keys are allowed (metadata such as `kilde`).
pub(crate) fn top_list<'a>(
    root: &'a Value,
    key: &str,
    problems: &mut Problems,
) -> Option<&'a Vec<Value>> {
    let Value::Object(map) = root else {
        problems.push(
            "",
            ProblemKind::WrongType {
                expected: "et objekt",
                found: type_name(root),
            },
        );
        return None;
    };
    match map.get(key) {
        None | Some(Value::Null) => {
            problems.push(key, ProblemKind::Missing);
            None
        }
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            let found = type_name(other);
            problems.push(
                key,
                ProblemKind::WrongType {
                    expected: "en liste",
                    found,
                },
            );
            None
        }
    }
}
