//! Plain DOM building, for the parts that render without Leptos: the map's popups and the
//! embed widget. Text only ever becomes text nodes (`textContent`), never HTML.

use wasm_bindgen::JsCast;

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
