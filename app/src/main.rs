//! Entry point of the WASM app: set the panic hook and mount [`digihjelpen_app::App`].

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(digihjelpen_app::App);
}
