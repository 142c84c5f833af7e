//! The browser's position, asked for only when the user clicks "Bruk min posisjon".

use digihjelpen::Point;
use wasm_bindgen::prelude::*;

/// Asks the browser for the current position once; calls `done` with the point, or `Err(())`
/// when the user refuses, the position is unavailable, or it lies outside Norway.
pub fn current_position(done: impl Fn(Result<Point, ()>) + Clone + 'static) {
    let Ok(geolocation) = leptos::prelude::window().navigator().geolocation() else {
        done(Err(()));
        return;
    };
    let ok_done = done.clone();
    let success = Closure::once_into_js(move |position: web_sys::Position| {
        let c = position.coords();
        ok_done(Point::new(c.latitude(), c.longitude()).map_err(|_| ()));
    });
    let failure = Closure::once_into_js(move |_: JsValue| done(Err(())));
    let options = web_sys::PositionOptions::new();
    options.set_timeout(15_000);
    let _ = geolocation.get_current_position_with_error_callback_and_options(
        success.unchecked_ref(),
        Some(failure.unchecked_ref()),
        &options,
    );
}
