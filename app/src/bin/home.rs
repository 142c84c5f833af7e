//! Entry point of the front page (`/`): plain DOM over the pre-rendered page, no Leptos.

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::home::start();
}
