//! Fetching the handbook's Markdown files once per page load: the page view and site search
//! share the parsed documents.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::{parse, Doc};
use crate::data::{fetch_path, DataResource, LoadError};

thread_local! {
    static DOCS: RefCell<HashMap<String, Arc<Doc>>> = RefCell::new(HashMap::new());
}

/// What a content file holds, for error messages.
const WHAT: &str = "teksten på siden";

/// The parsed Markdown file at `file` (a path relative to the site root, as in
/// `handbok.json`), fetched on first use and cached for the rest of the visit.
///
/// # Errors
/// As [`fetch_path`].
pub async fn load_doc(file: &str) -> Result<Arc<Doc>, LoadError> {
    let path = format!("/{file}");
    if let Some(doc) = DOCS.with(|d| d.borrow().get(file).cloned()) {
        crate::data::note_source(&path);
        return Ok(doc);
    }
    let text = fetch_path(&path, WHAT).await?;
    let doc = Arc::new(parse(&text));
    DOCS.with(|d| d.borrow_mut().insert(file.to_owned(), doc.clone()));
    Ok(doc)
}

/// A resource loading the Markdown file at `file`; render it with
/// [`Loaded`](crate::components::data_view::Loaded).
pub fn use_doc(file: String) -> DataResource<Doc> {
    DataResource::new(move || {
        let file = file.clone();
        async move { load_doc(&file).await }
    })
}
