//! Plain DOM building, for the parts that render without Leptos: the map's popups, the front
//! page, the finder (`/kart`) and the embed widget. Text only ever becomes text nodes (`textContent`), never HTML.

use wasm_bindgen::JsCast;

/// `text` made safe inside HTML text or a quoted attribute value (for the few places that
/// write HTML as a string: the build's page heads, the embed snippet).
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The document's first element matching `selector`.
pub fn query(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

/// The page's document.
///
/// # Panics
/// Outside a browser window (the app only runs in one).
pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the app runs in a browser window with a document")
}

/// A new `<tag class="class">text</tag>`; an empty `class` sets none.
pub fn el(tag: &str, class: &str, text: Option<&str>) -> web_sys::HtmlElement {
    let e = document()
        .create_element(tag)
        .expect("creating an element with a valid tag name cannot fail");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    e.unchecked_into()
}

/// Sets attributes (names are constants of the app, so this cannot fail).
pub fn attrs(e: &web_sys::Element, pairs: &[(&str, &str)]) {
    for (name, value) in pairs {
        let _ = e.set_attribute(name, value);
    }
}

/// The elements below `root` (an element or the document) that match `selector`, as `T`
/// (those of another type are left out).
pub fn all<T: JsCast>(root: &web_sys::Node, selector: &str) -> Vec<T> {
    let found = if let Some(e) = root.dyn_ref::<web_sys::Element>() {
        e.query_selector_all(selector)
    } else if let Some(d) = root.dyn_ref::<web_sys::Document>() {
        d.query_selector_all(selector)
    } else {
        return Vec::new();
    };
    let Ok(list) = found else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<T>().ok())
        .collect()
}

/// Appends `child` to `parent`.
pub fn add(parent: &web_sys::Node, child: &web_sys::Node) {
    let _ = parent.append_child(child);
}

/// The site's origin (`https://…`) as the browser sees it; empty in the build's render step,
/// which knows no address (the app fills it in when it takes over the page).
pub fn origin() -> String {
    if cfg!(feature = "ssr") {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The browser's `localStorage`, when there is one (none in the build's render step, or when
/// the browser refuses it).
pub fn local_storage() -> Option<web_sys::Storage> {
    if cfg!(feature = "ssr") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Calls `f` on every click on `target`, for the page's lifetime.
pub fn on_click(target: &web_sys::Element, f: impl Fn() + 'static) {
    on(target, "click", move |_| f());
}

/// Calls `f` with every `kind` event on `target`, for the page's lifetime.
pub fn on(target: &web_sys::EventTarget, kind: &str, f: impl Fn(web_sys::Event) + 'static) {
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Calls `f` once before the next repaint (`requestAnimationFrame`).
pub fn next_frame(f: impl FnOnce() + 'static) {
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

/// Resolves in a task of its own (after a `setTimeout(0)`): the work before and after it are
/// two tasks, so the browser can paint and answer input between them, instead of one long one.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        after(0, move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Calls `f` once after `ms` milliseconds (`setTimeout`), in a task of its own.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }
}

/// The data error box of the pages without Leptos (the widget, the front page): what failed,
/// in which file, the parser's problems (at most 20, the rest counted), and a retry button.
pub fn error_box(
    error: &crate::data::LoadError,
    s: &'static crate::i18n::embed::EmbedStrings,
    retry: impl Fn() + 'static,
) -> web_sys::HtmlElement {
    const MAX_PROBLEMS: usize = 20;
    let alert = el("div", "ds-alert data-error", None);
    attrs(&alert, &[("data-color", "danger"), ("role", "alert")]);
    let heading = el("h2", "ds-heading", Some(s.data_error_title));
    attrs(&heading, &[("data-size", "xs")]);
    add(&alert, &heading);
    add(&alert, &el("p", "ds-paragraph", Some(&error.summary())));
    let file = el(
        "p",
        "ds-paragraph",
        Some(&format!("{}: ", s.data_error_file)),
    );
    add(&file, &el("code", "", Some(&error.path)));
    add(&alert, &file);
    let details = error.details();
    if !details.is_empty() {
        let ul = el("ul", "ds-list data-error-details", None);
        for d in details.iter().take(MAX_PROBLEMS) {
            add(&ul, &el("li", "", Some(d)));
        }
        add(&alert, &ul);
        if details.len() > MAX_PROBLEMS {
            let more = (s.more_problems)(details.len() - MAX_PROBLEMS);
            add(&alert, &el("p", "ds-paragraph", Some(&more)));
        }
    }
    add(&alert, &el("p", "ds-paragraph", Some(s.data_error_help)));
    let button = el("button", "ds-button", Some(s.retry));
    attrs(&button, &[("type", "button"), ("data-variant", "primary")]);
    on_click(&button, retry);
    add(&alert, &button);
    alert
}

/// Puts the data error box (see [`error_box`], bokmål) with id `id` first in the first element
/// matching one of `places`, replacing an earlier one; the rest of the page stays as it is.
pub fn show_page_error(
    id: &str,
    places: &[&str],
    error: &crate::data::LoadError,
    retry: impl Fn() + 'static,
) {
    clear_page_error(id);
    let strings = crate::i18n::embed::EmbedStrings::of(digihjelpen::Locale::Nb);
    let alert = error_box(error, strings, retry);
    attrs(&alert, &[("id", id)]);
    let place = places.iter().find_map(|p| query(p));
    if let Some(place) = place {
        let _ = place.prepend_with_node_1(&alert);
    }
}

/// Removes the error box [`show_page_error`] put in with id `id`.
pub fn clear_page_error(id: &str) {
    if let Some(old) = document().get_element_by_id(id) {
        old.remove();
    }
}
