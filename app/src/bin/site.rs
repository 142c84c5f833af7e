//! Entry point of the handbook and every other page but `/` and `/kart`: take over the
//! pre-rendered page.

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::takeover::mount(digihjelpen_app::SiteApp);
}
