//! What the site keeps on the visitor's own device, and forgetting all of it (`/om`): the
//! `localStorage` keys under [`PREFIX`] (the checklists' ticks, the update form's draft) and
//! the service worker's copies for use offline (`Cache Storage`, caches named `digihjelpen-…`).
//! Nothing of it ever leaves the browser.

use wasm_bindgen::JsCast;

/// The first part of every `localStorage` key the site writes.
pub const PREFIX: &str = "digihjelpen.";

/// The id of `/om`'s "Slett det som er lagret her" button.
pub const FORGET_ID: &str = "slett-lagret";

/// The id of the status line that says what was deleted.
pub const FORGET_STATUS_ID: &str = "slett-lagret-status";

/// A `localStorage` key of the site: [`PREFIX`] + `name`.
pub fn key(name: &str) -> String {
    format!("{PREFIX}{name}")
}

/// Removes every key under [`PREFIX`] and every copy the service worker keeps, and
/// unregisters the worker (it would start keeping copies again at once); then `done` gets
/// the number of keys removed.
pub fn forget_all(done: impl FnOnce(usize) + 'static) {
    let mut removed = 0;
    if let Some(storage) = crate::components::dom::local_storage() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect();
        for k in keys {
            if storage.remove_item(&k).is_ok() {
                removed += 1;
            }
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        forget_copies().await;
        done(removed);
    });
}

/// The service worker's caches and its registration (through `window.caches` and
/// `navigator.serviceWorker`, where the browser has them).
async fn forget_copies() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let get = |target: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(target, &name.into())
            .ok()
            .filter(|v| !v.is_undefined())
    };
    let call = |target: &wasm_bindgen::JsValue, name: &str, arg: Option<&wasm_bindgen::JsValue>| {
        let f = get(target, name)?.dyn_into::<js_sys::Function>().ok()?;
        let result = match arg {
            Some(a) => f.call1(target, a),
            None => f.call0(target),
        };
        result.ok()?.dyn_into::<js_sys::Promise>().ok()
    };
    let wait = |p: js_sys::Promise| wasm_bindgen_futures::JsFuture::from(p);
    if let Some(caches) = get(&window, "caches") {
        if let Some(keys) = call(&caches, "keys", None) {
            if let Ok(names) = wait(keys).await {
                for name in js_sys::Array::from(&names).iter() {
                    let ours = name
                        .as_string()
                        .is_some_and(|n| n.starts_with("digihjelpen-"));
                    if !ours {
                        continue;
                    }
                    if let Some(deleted) = call(&caches, "delete", Some(&name)) {
                        let _ = wait(deleted).await;
                    }
                }
            }
        }
    }
    let navigator: wasm_bindgen::JsValue = window.navigator().into();
    if let Some(container) = get(&navigator, "serviceWorker") {
        if let Some(all) = call(&container, "getRegistrations", None) {
            if let Ok(registrations) = wait(all).await {
                for registration in js_sys::Array::from(&registrations).iter() {
                    if let Some(gone) = call(&registration, "unregister", None) {
                        let _ = wait(gone).await;
                    }
                }
            }
        }
    }
}
