//! Entry point of the forms (`/oppdater`, `/bygg-inn`), search, the 404 page, and a handbook
//! page whose files changed since the build: take over the pre-rendered page.

fn main() {
    console_error_panic_hook::set_once();
    digihjelpen_app::takeover::mount(digihjelpen_app::SiteApp);
}
