//! Rendering data that loads: a loading state, a clear error with a retry button, then the data.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{use_catalog, Catalog, DataResource, LoadError};
use crate::i18n::use_i18n;

/// Renders `children` with the loaded value of `resource`; while it loads, a status line; when
/// it fails, a [`LoadErrorView`] with a retry button. The rest of the page keeps working.
///
/// The state is a plain signal rather than `Suspense`, so the build's render step (where
/// every file is read at once) renders the content itself, and the browser knows when the
/// route's data is complete and the pre-rendered page can be replaced.
#[component]
pub fn Loaded<T, F, V>(
    /// A shared data resource (see `crate::data`).
    resource: DataResource<T>,
    /// Renders the loaded value.
    children: F,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    F: Fn(Arc<T>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let strings = use_i18n();
    // Re-renders when the state changes: the load finishes, or a retry starts.
    move || {
        let children = children.clone();
        match resource.get() {
            None => view! { <p class="loading" role="status">{strings.loading}</p> }.into_any(),
            Some(Ok(value)) => children(value).into_any(),
            Some(Err(error)) => {
                view! { <LoadErrorView error retry=move || resource.refetch() /> }.into_any()
            }
        }
    }
}

/// [`Loaded`] for the catalog (municipalities + offers), the most common case.
#[component]
pub fn WithCatalog<F, V>(
    /// Renders the loaded catalog.
    children: F,
) -> impl IntoView
where
    F: Fn(Arc<Catalog>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! { <Loaded resource=use_catalog() children /> }
}

/// A clear message that a data file failed: what failed, which file, the parser's problems,
/// and a "Prøv igjen" button.
#[component]
pub fn LoadErrorView<R>(
    /// What went wrong.
    error: LoadError,
    /// Called when the user asks to try again.
    retry: R,
) -> impl IntoView
where
    R: Fn() + Send + Sync + 'static,
{
    let strings = use_i18n();
    let details = error.details();
    let shown = details.len().min(20);
    let hidden = details.len() - shown;
    view! {
        <div class="ds-alert data-error" data-color="danger" role="alert">
            <h2 class="ds-heading" data-size="xs">{strings.data_error_title}</h2>
            <p class="ds-paragraph">{error.summary()}</p>
            <p class="ds-paragraph">
                {strings.data_error_file}": " <code>{error.path.clone()}</code>
            </p>
            {(!details.is_empty()).then(|| view! {
                <ul class="ds-list data-error-details">
                    {details.into_iter().take(shown).map(|d| view! { <li>{d}</li> }).collect_view()}
                </ul>
                {(hidden > 0).then(|| view! { <p>{format!("… og {hidden} feil til.")}</p> })}
            })}
            <p class="ds-paragraph">{strings.data_error_help}</p>
            <button class="ds-button" data-variant="primary" type="button" on:click=move |_| retry()>
                {strings.retry}
            </button>
        </div>
    }
}
