//! Entry point of `/kart`: plain DOM over the pre-rendered page, no Leptos.

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::finder::start();
}
