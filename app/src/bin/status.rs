//! Entry point of `/status`: take over the pre-rendered page.

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::takeover::mount(digihjelpen_app::StatusApp);
}
